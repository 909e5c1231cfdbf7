package org.trastienda.customers;

import java.time.Instant;

/** A document filed on a customer: its sanitised name, type by content, and size in bytes. */
public record AttachmentView(Long id, Long customerId, String filename, String contentType, long size,
		String uploadedBy, Instant uploadedAt) {
}
