package org.trastienda.contracts;

import java.time.Instant;

/** A file kept with a contract, such as the signed contract. */
public record ContractAttachmentView(Long id, Long contractId, Long fileId, String filename, String contentType,
		long size, String uploadedBy, Instant uploadedAt) {
}
