package org.trastienda.documents;

import java.time.Instant;

/**
 * A file kept by the {@link FileStore}: its sanitised name, the content type its bytes revealed,
 * its size in bytes and the SHA-256 of its content.
 */
public record StoredFile(Long id, String filename, String contentType, long size, String sha256, Instant createdAt,
		String createdBy) {
}
