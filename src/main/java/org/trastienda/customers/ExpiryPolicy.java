package org.trastienda.customers;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Tells a certificate's expiry state from today's date in the configured zone. */
@Component
class ExpiryPolicy {

	private final Clock clock;

	private final CertificateProperties properties;

	ExpiryPolicy(Clock clock, CertificateProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(properties.expiryZone()));
	}

	/** The last expiry date that counts as EXPIRING today. */
	LocalDate warningHorizon() {
		return today().plusDays(properties.expiryDays());
	}

	int thresholdDays() {
		return properties.expiryDays();
	}

	ExpiryState stateOf(LocalDate expiresOn) {
		if (expiresOn == null) {
			return ExpiryState.VALID;
		}
		if (expiresOn.isBefore(today())) {
			return ExpiryState.EXPIRED;
		}
		return expiresOn.isAfter(warningHorizon()) ? ExpiryState.VALID : ExpiryState.EXPIRING;
	}
}
