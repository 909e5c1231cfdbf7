package org.trastienda.contracts.web;

import java.math.BigDecimal;

import org.trastienda.contracts.ContractLineData;
import org.trastienda.contracts.ContractLineView;

/** One row of the lines editor; field names are the API's, so errors land beside the inputs. */
public class LineForm {

	private Long id;

	private Long productId;

	private String description;

	private BigDecimal quantity;

	private String unit;

	private BigDecimal unitPrice;

	private BigDecimal discountPercent;

	private BigDecimal vatRate;

	static LineForm empty() {
		LineForm line = new LineForm();
		line.unit = "ud";
		line.vatRate = BigDecimal.valueOf(21);
		return line;
	}

	static LineForm of(ContractLineView view) {
		LineForm line = new LineForm();
		line.id = view.id();
		line.productId = view.productId();
		line.description = view.description();
		line.quantity = view.quantity().stripTrailingZeros();
		line.unit = view.unit();
		line.unitPrice = view.unitPrice().stripTrailingZeros();
		line.discountPercent = view.discountPercent().signum() == 0 ? null : view.discountPercent().stripTrailingZeros();
		line.vatRate = view.vatRate().stripTrailingZeros();
		return line;
	}

	/** A row left entirely empty is no line at all. */
	boolean isBlank() {
		return productId == null && isBlank(description) && quantity == null && unitPrice == null
				&& discountPercent == null;
	}

	ContractLineData toData() {
		return new ContractLineData(id, productId, description, quantity, unit, unitPrice, discountPercent, vatRate);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getProductId() {
		return productId;
	}

	public void setProductId(Long productId) {
		this.productId = productId;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public void setUnitPrice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}

	public BigDecimal getDiscountPercent() {
		return discountPercent;
	}

	public void setDiscountPercent(BigDecimal discountPercent) {
		this.discountPercent = discountPercent;
	}

	public BigDecimal getVatRate() {
		return vatRate;
	}

	public void setVatRate(BigDecimal vatRate) {
		this.vatRate = vatRate;
	}
}
