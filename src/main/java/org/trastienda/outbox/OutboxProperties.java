package org.trastienda.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code trastienda.outbox}; the pause between delivery runs is
 * {@code trastienda.outbox.delivery-interval} (30 s), read by the job's schedule.
 *
 * @param batchSize how many due messages one query picks up
 * @param maxAttempts failed attempts after which a message is given up ({@code FAILED})
 */
@ConfigurationProperties("trastienda.outbox")
record OutboxProperties(Integer batchSize, Integer maxAttempts) {

	OutboxProperties {
		batchSize = batchSize == null ? 50 : batchSize;
		maxAttempts = maxAttempts == null ? 10 : maxAttempts;
	}
}
