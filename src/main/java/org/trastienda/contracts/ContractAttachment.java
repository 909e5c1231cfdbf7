package org.trastienda.contracts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.trastienda.documents.StoredFile;

/** A stored file filed on a contract. */
@Entity
class ContractAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contractId;

	private Long fileId;

	private String uploadedBy;

	private Instant uploadedAt;

	protected ContractAttachment() {
	}

	ContractAttachment(Long contractId, Long fileId, String uploadedBy, Instant uploadedAt) {
		this.contractId = contractId;
		this.fileId = fileId;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	ContractAttachmentView toView(StoredFile file) {
		return new ContractAttachmentView(id, contractId, fileId, file.filename(), file.contentType(), file.size(),
				uploadedBy, uploadedAt);
	}

	Long getId() {
		return id;
	}

	Long getFileId() {
		return fileId;
	}
}
