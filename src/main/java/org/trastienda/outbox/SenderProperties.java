package org.trastienda.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code trastienda.mail} ({@code TRASTIENDA_MAIL_FROM}); the SMTP server itself
 * is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address of every message
 */
@ConfigurationProperties("trastienda.mail")
record SenderProperties(String from) {

	SenderProperties {
		from = from == null || from.isBlank() ? "trastienda@localhost" : from;
	}
}
