package org.trastienda.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.trastienda.reporting.Grouping;
import org.trastienda.reporting.Period;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/** The period and grouping a request asks for: this month and by region when it names none. */
record StatisticsParameters(Period period, Grouping grouping) {

	/**
	 * @throws InvalidInputException naming {@code period}, {@code groupBy} or both
	 */
	static StatisticsParameters of(String period, String groupBy, Supplier<Period> defaultPeriod) {
		List<FieldError> errors = new ArrayList<>();
		Period parsed = blank(period) ? defaultPeriod.get() : collect(errors, () -> Period.parse(period));
		Grouping grouping = blank(groupBy) ? Grouping.REGION : collect(errors, () -> Grouping.parse(groupBy));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new StatisticsParameters(parsed, grouping);
	}

	private static <T> T collect(List<FieldError> errors, Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (InvalidInputException ex) {
			errors.addAll(ex.errors());
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
