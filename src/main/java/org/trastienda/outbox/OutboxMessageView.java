package org.trastienda.outbox;

import java.time.Instant;
import java.util.List;

/**
 * A stored message and its delivery state.
 *
 * @param attempts delivery attempts made so far, the successful one included
 * @param nextAttemptAt when a pending message is tried next
 * @param lastError why the last attempt failed, if it did
 */
public record OutboxMessageView(Long id, List<String> recipients, String subject, String body, OutboxStatus status,
		int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt, String dedupKey) {

	/** Whether a person may ask for another attempt now. */
	public boolean retryable() {
		return status != OutboxStatus.SENT;
	}
}
