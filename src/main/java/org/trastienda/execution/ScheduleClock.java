package org.trastienda.execution;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Today in the milestones' time zone, from the application clock. */
@Component
class ScheduleClock {

	private final Clock clock;

	private final MilestoneProperties properties;

	ScheduleClock(Clock clock, MilestoneProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	Timeliness timeliness() {
		return new Timeliness(today(), properties.dueSoonDays());
	}
}
