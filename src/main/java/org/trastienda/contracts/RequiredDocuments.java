package org.trastienda.contracts;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.OpenedFile;
import org.trastienda.documents.StoredFile;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * The documents each contract obliges us to deliver, kept by the back office: listed, received
 * with their file, sent on a date. Everyone who sees the contract reads them. Reads and writes
 * {@code contract_document}; files through the {@link FileStore}.
 */
@Component
class RequiredDocuments {

	private final ScopedContracts scoped;

	private final ContractDocumentRepository documents;

	private final FileStore files;

	private final ContractAudit audit;

	RequiredDocuments(ScopedContracts scoped, ContractDocumentRepository documents, FileStore files,
			ContractAudit audit) {
		this.scoped = scoped;
		this.documents = documents;
		this.files = files;
		this.audit = audit;
	}

	List<ContractDocumentView> list(CurrentUser user, Long contractId) {
		scoped.require(user, contractId);
		return documents.findByContractIdOrderById(contractId).stream().map(this::view).toList();
	}

	ContractDocumentView get(CurrentUser user, Long contractId, Long documentId) {
		scoped.require(user, contractId);
		return view(require(contractId, documentId));
	}

	ContractDocumentView add(CurrentUser user, Long contractId, ContractDocumentData data, Instant now) {
		Contract contract = writable(user, contractId);
		ContractDocument document = new ContractDocument(contractId, now, user.username());
		describe(document, data);
		documents.saveAndFlush(document);
		audit.record(contract, "DOCUMENT_ADDED", document.label(), user.username(),
				new Changes().created("type", document.getType())
					.created("name", document.getName())
					.created("dueOn", document.getDueOn())
					.created("notes", document.getNotes()));
		return view(document);
	}

	ContractDocumentView update(CurrentUser user, Long contractId, Long documentId, Long version,
			ContractDocumentData data, LocalDate today) {
		Contract contract = writable(user, contractId);
		ContractDocument document = require(contractId, documentId);
		Versions.requireCurrent(version, document.getVersion());
		Changes changes = new Changes();
		RequiredDocumentType type = document.getType();
		String name = document.getName();
		LocalDate dueOn = document.getDueOn();
		String notes = document.getNotes();
		DocumentStatus status = document.getStatus();
		LocalDate sentOn = document.getSentOn();
		describe(document, data);
		LocalDate newSentOn = data.status() == DocumentStatus.SENT && data.sentOn() == null && sentOn == null ? today
				: data.sentOn();
		if (newSentOn != null && document.getReceivedOn() != null && newSentOn.isBefore(document.getReceivedOn())) {
			new Checks().reject("sentOn", "contracts.error.dateBefore", Labels.field("receivedOn")).throwIfAny();
		}
		document.moveTo(data.status(), newSentOn);
		changes.field("type", type, document.getType())
			.field("name", name, document.getName())
			.field("dueOn", dueOn, document.getDueOn())
			.field("notes", notes, document.getNotes())
			.field("status", status, document.getStatus())
			.field("sentOn", sentOn, document.getSentOn());
		documents.flush();
		if (!changes.isEmpty()) {
			String action = document.getStatus() == DocumentStatus.SENT && status != DocumentStatus.SENT ? "DOCUMENT_SENT"
					: "DOCUMENT_CHANGED";
			audit.record(contract, action, document.label(), user.username(), changes);
		}
		return view(document);
	}

	/** Files the received document (checked by content, at most 20 MB): the document is RECEIVED today. */
	ContractDocumentView receive(CurrentUser user, Long contractId, Long documentId, String filename, long size,
			InputStream content, LocalDate today) {
		Contract contract = writable(user, contractId);
		ContractDocument document = require(contractId, documentId);
		DocumentStatus before = document.getStatus();
		StoredFile file = files.store(filename, size, content);
		document.receive(file.id(), today);
		documents.flush();
		audit.record(contract, "DOCUMENT_RECEIVED", document.label(), user.username(),
				new Changes().field("status", before, document.getStatus()).field("file", null, file.filename()));
		return view(document);
	}

	OpenedFile openFile(CurrentUser user, Long contractId, Long documentId) {
		scoped.require(user, contractId);
		ContractDocument document = require(contractId, documentId);
		if (document.getFileId() == null) {
			throw new NotFoundException("document file", documentId);
		}
		return files.open(document.getFileId());
	}

	/** Removes a document still pending; one received or sent stays on record. */
	void remove(CurrentUser user, Long contractId, Long documentId) {
		Contract contract = writable(user, contractId);
		ContractDocument document = require(contractId, documentId);
		if (document.getStatus() != DocumentStatus.PENDING) {
			throw new BusinessRuleException("contracts.error.document.notPending", document.label());
		}
		documents.delete(document);
		audit.record(contract, "DOCUMENT_REMOVED", document.label(), user.username(),
				new Changes().field("type", document.getType(), null).field("name", document.getName(), null));
	}

	private Contract writable(CurrentUser user, Long contractId) {
		Contract contract = scoped.require(user, contractId);
		ContractPolicy.require(ContractPolicy.isBackOffice(user));
		if (contract.getStatus() == ContractStatus.CANCELLED) {
			throw new BusinessRuleException("contracts.error.cancelled", contract.getNumber());
		}
		return contract;
	}

	private static void describe(ContractDocument document, ContractDocumentData data) {
		Checks checks = new Checks();
		String name = Texts.clean(data.name());
		String notes = Texts.clean(data.notes());
		checks.required("type", Labels.field("type"), data.type())
			.text("name", name, 200, data.type() == RequiredDocumentType.OTHER)
			.text("notes", notes, 2000, false)
			.throwIfAny();
		document.describe(data.type(), name, data.dueOn(), notes);
	}

	private ContractDocument require(Long contractId, Long documentId) {
		return documents.findByIdAndContractId(documentId, contractId)
			.orElseThrow(() -> new NotFoundException("document", documentId));
	}

	private ContractDocumentView view(ContractDocument document) {
		if (document.getFileId() == null) {
			return document.toView(null);
		}
		StoredFile file = files.get(document.getFileId());
		return document.toView(new ContractDocumentView.FileInfo(file.id(), file.filename(), file.contentType(),
				file.size()));
	}
}
