package org.trastienda.fulfillment;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A quantity of one contract line on a shipment, with that line's terms as they were. */
@Entity
class ShipmentLine {

	/** The contract line's terms a shipment keeps, and the quantity shipped. */
	record Terms(Long contractLineId, Long productId, String description, String unit, BigDecimal unitNetPrice,
			BigDecimal quantity) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "shipment_id")
	private Shipment shipment;

	private int position;

	private Long contractLineId;

	private Long productId;

	private String description;

	private String unit;

	private BigDecimal unitNetPrice;

	private BigDecimal quantity;

	protected ShipmentLine() {
	}

	ShipmentLine(Shipment shipment, int position, Terms terms) {
		this.shipment = shipment;
		this.position = position;
		this.contractLineId = terms.contractLineId();
		this.productId = terms.productId();
		this.description = terms.description();
		this.unit = terms.unit();
		this.unitNetPrice = terms.unitNetPrice();
		this.quantity = terms.quantity();
	}
}
