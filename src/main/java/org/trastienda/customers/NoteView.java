package org.trastienda.customers;

import java.time.Instant;

/** A free note on a customer. */
public record NoteView(Long id, Long customerId, String body, String author, Instant createdAt) {
}
