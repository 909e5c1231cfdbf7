package org.trastienda.customers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A document filed on a customer; the bytes live in the file store. */
@Entity
class CustomerAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long customerId;

	private Long fileId;

	private String uploadedBy;

	private Instant uploadedAt;

	protected CustomerAttachment() {
	}

	CustomerAttachment(Long customerId, Long fileId, String uploadedBy, Instant uploadedAt) {
		this.customerId = customerId;
		this.fileId = fileId;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	Long getId() {
		return id;
	}

	Long getCustomerId() {
		return customerId;
	}

	Long getFileId() {
		return fileId;
	}

	String getUploadedBy() {
		return uploadedBy;
	}

	Instant getUploadedAt() {
		return uploadedAt;
	}
}
