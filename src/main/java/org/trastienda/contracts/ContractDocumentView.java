package org.trastienda.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document the contract obliges us to deliver, and where it stands.
 *
 * @param file the received document; null while pending
 */
public record ContractDocumentView(Long id, long version, Long contractId, RequiredDocumentType type, String name,
		DocumentStatus status, LocalDate dueOn, FileInfo file, LocalDate receivedOn, LocalDate sentOn, String notes,
		Instant createdAt, String createdBy) {

	/** A stored file as lists show it. */
	public record FileInfo(Long id, String filename, String contentType, long size) {
	}
}
