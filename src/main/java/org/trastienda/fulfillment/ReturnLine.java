package org.trastienda.fulfillment;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A quantity of one shipment line coming back. */
@Entity
@Table(name = "shipment_return_line")
class ReturnLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "return_id")
	private ShipmentReturn goodsReturn;

	private int position;

	private Long shipmentLineId;

	private BigDecimal quantity;

	protected ReturnLine() {
	}

	ReturnLine(ShipmentReturn goodsReturn, int position, Long shipmentLineId, BigDecimal quantity) {
		this.goodsReturn = goodsReturn;
		this.position = position;
		this.shipmentLineId = shipmentLineId;
		this.quantity = quantity;
	}
}
