package org.trastienda.billing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Someone asked for an invoice on a contract; the back office takes it on, invoices it, or turns it down. */
@Entity
class InvoiceRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contractId;

	private String contractNumber;

	private Long customerId;

	private String customerName;

	private Long regionId;

	private Long ownerId;

	private String note;

	@Enumerated(EnumType.STRING)
	private InvoiceRequestStatus status;

	private String requestedBy;

	private Instant requestedAt;

	private String assignedTo;

	private LocalDate expectedOn;

	private String rejectReason;

	private Long invoiceId;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected InvoiceRequest() {
	}

	InvoiceRequest(Invoice.Header contract, String note, String requestedBy, Instant now) {
		this.contractId = contract.contractId();
		this.contractNumber = contract.contractNumber();
		this.customerId = contract.customerId();
		this.customerName = contract.customerName();
		this.regionId = contract.regionId();
		this.ownerId = contract.ownerId();
		this.note = note;
		this.status = InvoiceRequestStatus.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		touch(requestedBy, now);
	}

	void reserve(String clerk, LocalDate expectedOn, String actor, Instant now) {
		this.status = InvoiceRequestStatus.RESERVED;
		this.assignedTo = clerk;
		this.expectedOn = expectedOn;
		touch(actor, now);
	}

	void reject(String reason, String actor, Instant now) {
		this.status = InvoiceRequestStatus.REJECTED;
		this.rejectReason = reason;
		touch(actor, now);
	}

	void prepare(Long invoiceId, String actor, Instant now) {
		this.invoiceId = invoiceId;
		touch(actor, now);
	}

	void invoiced(String actor, Instant now) {
		this.status = InvoiceRequestStatus.INVOICED;
		touch(actor, now);
	}

	private void touch(String actor, Instant now) {
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	Long getId() {
		return id;
	}

	Long getContractId() {
		return contractId;
	}

	String getContractNumber() {
		return contractNumber;
	}

	Long getCustomerId() {
		return customerId;
	}

	Long getRegionId() {
		return regionId;
	}

	Long getOwnerId() {
		return ownerId;
	}

	InvoiceRequestStatus getStatus() {
		return status;
	}

	String getRequestedBy() {
		return requestedBy;
	}

	Long getInvoiceId() {
		return invoiceId;
	}

	long getVersion() {
		return version;
	}

	InvoiceRequestView toView() {
		return new InvoiceRequestView(id, version, contractId, contractNumber, customerId, customerName, note, status,
				requestedBy, requestedAt, assignedTo, expectedOn, rejectReason, invoiceId);
	}
}
