package org.trastienda.contracts;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.OpenedFile;
import org.trastienda.documents.StoredFile;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.NotFoundException;

/**
 * Files kept with contracts (the signed contract, annexes): filed by the contract's writers,
 * removed by the back office. Reads and writes {@code contract_attachment}; files through the
 * {@link FileStore}.
 */
@Component
class ContractAttachments {

	private final ScopedContracts scoped;

	private final ContractAttachmentRepository attachments;

	private final FileStore files;

	private final ContractAudit audit;

	ContractAttachments(ScopedContracts scoped, ContractAttachmentRepository attachments, FileStore files,
			ContractAudit audit) {
		this.scoped = scoped;
		this.attachments = attachments;
		this.files = files;
		this.audit = audit;
	}

	List<ContractAttachmentView> list(CurrentUser user, Long contractId) {
		scoped.require(user, contractId);
		return attachments.findByContractIdOrderByUploadedAtDescIdDesc(contractId).stream()
			.map(attachment -> attachment.toView(files.get(attachment.getFileId())))
			.toList();
	}

	ContractAttachmentView add(CurrentUser user, Long contractId, String filename, long size, InputStream content,
			Instant now) {
		Contract contract = scoped.require(user, contractId);
		ContractPolicy.require(ContractPolicy.isWriter(user, contract));
		if (contract.getStatus() == ContractStatus.CANCELLED) {
			throw new BusinessRuleException("contracts.error.cancelled", contract.getNumber());
		}
		StoredFile file = files.store(filename, size, content);
		ContractAttachment attachment = attachments.saveAndFlush(
				new ContractAttachment(contractId, file.id(), user.username(), now));
		audit.record(contract, "ATTACHMENT_ADDED", file.filename(), user.username(),
				new Changes().created("file", file.filename()));
		return attachment.toView(file);
	}

	OpenedFile open(CurrentUser user, Long contractId, Long attachmentId) {
		scoped.require(user, contractId);
		return files.open(require(contractId, attachmentId).getFileId());
	}

	void remove(CurrentUser user, Long contractId, Long attachmentId) {
		Contract contract = scoped.require(user, contractId);
		ContractPolicy.require(ContractPolicy.isBackOffice(user));
		ContractAttachment attachment = require(contractId, attachmentId);
		StoredFile file = files.get(attachment.getFileId());
		attachments.delete(attachment);
		audit.record(contract, "ATTACHMENT_REMOVED", file.filename(), user.username(),
				new Changes().field("file", file.filename(), null));
	}

	private ContractAttachment require(Long contractId, Long attachmentId) {
		return attachments.findByIdAndContractId(attachmentId, contractId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
	}
}
