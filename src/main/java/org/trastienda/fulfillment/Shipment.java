package org.trastienda.fulfillment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** Goods sent on a sales contract (or received on a purchase contract), line by line, and where they are. */
@Entity
class Shipment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	@Enumerated(EnumType.STRING)
	private ShipmentKind kind;

	private Long contractId;

	private Long partyId;

	@Enumerated(EnumType.STRING)
	private ShipmentStatus status;

	private LocalDate shippedOn;

	private String carrier;

	private String trackingNumber;

	@Enumerated(EnumType.STRING)
	private ShipMode shipMode;

	private LocalDate deliveredOn;

	private Long proofFileId;

	private String statusNote;

	private String notes;

	private String createdBy;

	private Instant createdAt;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ShipmentLine> lines = new ArrayList<>();

	@OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ShipmentStatusChange> statusChanges = new ArrayList<>();

	protected Shipment() {
	}

	Shipment(String number, ShipmentKind kind, Long contractId, Long partyId, ShipmentData data, StatusSource source,
			String by, Instant now) {
		this.number = number;
		this.kind = kind;
		this.contractId = contractId;
		this.partyId = partyId;
		this.status = ShipmentStatus.PREPARED;
		this.shippedOn = data.shippedOn();
		this.carrier = data.carrier();
		this.trackingNumber = data.trackingNumber();
		this.shipMode = data.shipMode();
		this.notes = data.notes();
		this.createdBy = by;
		this.createdAt = now;
		this.updatedBy = by;
		this.updatedAt = now;
		statusChanges.add(new ShipmentStatusChange(this, ShipmentStatus.PREPARED, data.shippedOn(), null, source, by,
				now));
	}

	void addLine(ShipmentLine.Terms terms) {
		lines.add(new ShipmentLine(this, lines.size() + 1, terms));
	}

	/**
	 * Moves to the status on the day (a move the status machine allows): leaving sets the day it
	 * shipped, arriving the day it was delivered.
	 */
	void moveTo(StatusUpdate update, StatusSource source, String by, Instant now) {
		if (!status.mayBecome(update.status())) {
			throw new IllegalStateException(number + " cannot go from " + status + " to " + update.status());
		}
		if (update.status() == ShipmentStatus.SHIPPED) {
			this.shippedOn = update.occurredOn();
		}
		if (update.status() == ShipmentStatus.DELIVERED) {
			this.deliveredOn = update.occurredOn();
		}
		this.status = update.status();
		this.statusNote = update.note();
		statusChanges.add(new ShipmentStatusChange(this, update.status(), update.occurredOn(), update.note(), source,
				by, now));
		touch(by, now);
	}

	void attachProof(Long fileId, String by, Instant now) {
		this.proofFileId = fileId;
		touch(by, now);
	}

	private void touch(String by, Instant now) {
		this.updatedBy = by;
		this.updatedAt = now;
	}

	Long getId() {
		return id;
	}

	String getNumber() {
		return number;
	}

	Long getContractId() {
		return contractId;
	}

	String getTrackingNumber() {
		return trackingNumber;
	}

	ShipmentStatus getStatus() {
		return status;
	}

	LocalDate getShippedOn() {
		return shippedOn;
	}

	long getVersion() {
		return version;
	}
}
