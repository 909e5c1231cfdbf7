package org.trastienda.contracts;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.trastienda.shared.BusinessRuleException;

/** A document the contract obliges us to deliver: PENDING → RECEIVED (with its file) → SENT (on a date). */
@Entity
class ContractDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contractId;

	@Enumerated(EnumType.STRING)
	private RequiredDocumentType type;

	private String name;

	@Enumerated(EnumType.STRING)
	private DocumentStatus status;

	private LocalDate dueOn;

	private Long fileId;

	private LocalDate receivedOn;

	private LocalDate sentOn;

	private String notes;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected ContractDocument() {
	}

	ContractDocument(Long contractId, Instant now, String by) {
		this.contractId = contractId;
		this.status = DocumentStatus.PENDING;
		this.createdAt = now;
		this.createdBy = by;
	}

	void describe(RequiredDocumentType type, String name, LocalDate dueOn, String notes) {
		this.type = type;
		this.name = name;
		this.dueOn = dueOn;
		this.notes = notes;
	}

	/** Files the received document (or replaces it before it is sent). */
	void receive(Long fileId, LocalDate today) {
		if (status == DocumentStatus.SENT) {
			throw refused(DocumentStatus.RECEIVED);
		}
		this.fileId = fileId;
		this.status = DocumentStatus.RECEIVED;
		this.receivedOn = today;
	}

	/** Moves the document on to the status; never back, and not to RECEIVED without its file. */
	void moveTo(DocumentStatus target, LocalDate sentOn) {
		if (target == null || target == status) {
			if (target == DocumentStatus.SENT && sentOn != null) {
				this.sentOn = sentOn;
			}
			return;
		}
		if (target.ordinal() < status.ordinal() || fileId == null) {
			throw refused(target);
		}
		this.status = target;
		if (target == DocumentStatus.SENT) {
			this.sentOn = sentOn;
		}
	}

	private BusinessRuleException refused(DocumentStatus target) {
		return new BusinessRuleException("contracts.error.document.transition",
				Labels.of("contracts.document.status." + status), Labels.of("contracts.document.status." + target));
	}

	ContractDocumentView toView(ContractDocumentView.FileInfo file) {
		return new ContractDocumentView(id, version, contractId, type, name, status, dueOn, file, receivedOn, sentOn,
				notes, createdAt, createdBy);
	}

	/** How the audit trail names it. */
	String label() {
		return name != null ? name : type.name();
	}

	Long getId() {
		return id;
	}

	Long getContractId() {
		return contractId;
	}

	RequiredDocumentType getType() {
		return type;
	}

	String getName() {
		return name;
	}

	DocumentStatus getStatus() {
		return status;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	Long getFileId() {
		return fileId;
	}

	LocalDate getReceivedOn() {
		return receivedOn;
	}

	LocalDate getSentOn() {
		return sentOn;
	}

	String getNotes() {
		return notes;
	}

	long getVersion() {
		return version;
	}
}
