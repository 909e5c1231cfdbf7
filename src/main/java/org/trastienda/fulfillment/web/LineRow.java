package org.trastienda.fulfillment.web;

import java.math.BigDecimal;

/**
 * A row of a form that takes quantities line by line (a new shipment of contract lines, a return
 * of shipment lines): the line, how it reads, what is left of it, and the quantity typed.
 */
public class LineRow {

	private Long lineId;

	private String description;

	private String unit;

	private BigDecimal available;

	private BigDecimal quantity;

	static LineRow of(Long lineId, String description, String unit, BigDecimal available) {
		LineRow row = new LineRow();
		row.lineId = lineId;
		row.description = description;
		row.unit = unit;
		row.available = available;
		return row;
	}

	public Long getLineId() {
		return lineId;
	}

	public void setLineId(Long lineId) {
		this.lineId = lineId;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getAvailable() {
		return available;
	}

	public void setAvailable(BigDecimal available) {
		this.available = available;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}
}
