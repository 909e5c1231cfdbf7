package org.trastienda.fulfillment;

import java.math.BigDecimal;
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

import org.trastienda.shared.BusinessRuleException;

/** Goods of a delivered shipment coming back (a {@code Return}), and who took each step. */
@Entity
class ShipmentReturn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	private Long shipmentId;

	private Long contractId;

	@Enumerated(EnumType.STRING)
	private ReturnStatus status;

	@Enumerated(EnumType.STRING)
	private ReturnReason reasonCode;

	private String reasonText;

	private LocalDate requestedOn;

	private String registeredBy;

	private Instant registeredAt;

	private String verifiedBy;

	private Instant verifiedAt;

	private String verificationNote;

	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	private GoodsCondition goodsCondition;

	private String receivedBy;

	private String closedBy;

	private Instant closedAt;

	private String rejectionReason;

	private String rejectedBy;

	private Instant rejectedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "goodsReturn", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ReturnLine> lines = new ArrayList<>();

	protected ShipmentReturn() {
	}

	ShipmentReturn(String number, Long shipmentId, Long contractId, ReturnData data, String by, Instant now) {
		this.number = number;
		this.shipmentId = shipmentId;
		this.contractId = contractId;
		this.status = ReturnStatus.REQUESTED;
		this.reasonCode = data.reason();
		this.reasonText = data.reasonText();
		this.requestedOn = data.requestedOn();
		this.registeredBy = by;
		this.registeredAt = now;
	}

	void addLine(Long shipmentLineId, BigDecimal quantity) {
		lines.add(new ReturnLine(this, lines.size() + 1, shipmentLineId, quantity));
	}

	void verify(String by, String note, Instant now) {
		require(ReturnStatus.REQUESTED, ReturnStatus.VERIFIED);
		this.status = ReturnStatus.VERIFIED;
		this.verifiedBy = by;
		this.verificationNote = note;
		this.verifiedAt = now;
	}

	void receive(LocalDate on, GoodsCondition condition, String by) {
		require(ReturnStatus.VERIFIED, ReturnStatus.RECEIVED);
		this.status = ReturnStatus.RECEIVED;
		this.receivedOn = on;
		this.goodsCondition = condition;
		this.receivedBy = by;
	}

	void close(String by, Instant now) {
		require(ReturnStatus.RECEIVED, ReturnStatus.CLOSED);
		this.status = ReturnStatus.CLOSED;
		this.closedBy = by;
		this.closedAt = now;
	}

	void reject(String reason, String by, Instant now) {
		if (status != ReturnStatus.REQUESTED && status != ReturnStatus.VERIFIED) {
			throw refused(ReturnStatus.REJECTED);
		}
		this.status = ReturnStatus.REJECTED;
		this.rejectionReason = reason;
		this.rejectedBy = by;
		this.rejectedAt = now;
	}

	/** Refuses (422) the move to {@code to} unless the return is {@code from}. */
	private void require(ReturnStatus from, ReturnStatus to) {
		if (status != from) {
			throw refused(to);
		}
	}

	private BusinessRuleException refused(ReturnStatus to) {
		return new BusinessRuleException("fulfillment.error.returnMove", number, Labels.status(status),
				Labels.status(to));
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

	ReturnStatus getStatus() {
		return status;
	}

	LocalDate getRequestedOn() {
		return requestedOn;
	}

	String getRegisteredBy() {
		return registeredBy;
	}

	long getVersion() {
		return version;
	}
}
