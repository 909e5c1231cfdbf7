package org.trastienda.fulfillment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A status a shipment entered: never changed once written. */
@Entity
class ShipmentStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "shipment_id")
	private Shipment shipment;

	@Enumerated(EnumType.STRING)
	private ShipmentStatus status;

	private LocalDate occurredOn;

	private String note;

	@Enumerated(EnumType.STRING)
	private StatusSource source;

	private String recordedBy;

	private Instant recordedAt;

	protected ShipmentStatusChange() {
	}

	ShipmentStatusChange(Shipment shipment, ShipmentStatus status, LocalDate occurredOn, String note,
			StatusSource source, String recordedBy, Instant recordedAt) {
		this.shipment = shipment;
		this.status = status;
		this.occurredOn = occurredOn;
		this.note = note;
		this.source = source;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}
}
