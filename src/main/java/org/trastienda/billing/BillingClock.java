package org.trastienda.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** The application clock in the company's time zone. */
@Component
class BillingClock {

	private final Clock clock;

	private final BillingProperties properties;

	BillingClock(Clock clock, BillingProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, properties.zone());
	}
}
