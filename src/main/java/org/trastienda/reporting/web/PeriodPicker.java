package org.trastienda.reporting.web;

import java.time.YearMonth;
import java.time.temporal.IsoFields;

import org.trastienda.reporting.Period;

/**
 * The period picker of the statistics page: a kind and the fields of that kind (a month as the
 * browser's month input sends it, a quarter and its year, a year, or two days). Everything is text,
 * so whatever the browser sends reaches {@link Period#parse} and is refused there with a message.
 */
record PeriodPicker(String periodKind, String month, String quarter, String quarterYear, String year, String from,
		String to) {

	static PeriodPicker of(Period period) {
		String year = String.valueOf(period.from().getYear());
		return new PeriodPicker(period.kind().name(), YearMonth.from(period.from()).toString(),
				String.valueOf(period.from().get(IsoFields.QUARTER_OF_YEAR)), year, year, period.from().toString(),
				period.to().toString());
	}

	/** The period in {@link Period#parse}'s notation, or null when no kind was picked. */
	String text() {
		if (periodKind == null) {
			return null;
		}
		return switch (periodKind) {
			case "MONTH" -> month;
			case "QUARTER" -> quarterYear + "-Q" + quarter;
			case "YEAR" -> year;
			case "RANGE" -> from + ".." + to;
			default -> periodKind;
		};
	}
}
