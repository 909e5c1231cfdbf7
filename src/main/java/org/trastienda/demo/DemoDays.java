package org.trastienda.demo;

import java.time.LocalDate;

/** The earlier or later of two days, as the demo keeps what it dates within the past. */
final class DemoDays {

	private DemoDays() {
	}

	static LocalDate earliest(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

	static LocalDate latest(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}
}
