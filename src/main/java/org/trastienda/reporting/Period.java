package org.trastienda.reporting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * The days a statistic covers, both ends included: a calendar month ({@code 2026-10}), quarter
 * ({@code 2026-Q3}), year ({@code 2026}) or any range of days ({@code 2026-01-01..2026-03-31}).
 * {@link #value()} writes it back in the same notation.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

	public enum Kind {
		MONTH, QUARTER, YEAR, RANGE
	}

	private static final String YEAR = "([1-9]\\d{3})";

	private static final Pattern MONTH_TEXT = Pattern.compile(YEAR + "-(\\d{2})");

	private static final Pattern QUARTER_TEXT = Pattern.compile(YEAR + "-[Qq]([1-4])");

	private static final Pattern YEAR_TEXT = Pattern.compile(YEAR);

	private static final Pattern RANGE_TEXT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

	public Period {
		if (kind == null || from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("a period runs from a day to the same or a later day");
		}
	}

	/**
	 * Reads a period in the notation of {@link #value()}.
	 *
	 * @throws InvalidInputException on field {@code period} when the text is none of the four forms,
	 * names a day or month that does not exist, or ends before it starts
	 */
	public static Period parse(String text) {
		String value = text == null ? "" : text.strip();
		try {
			Matcher matcher;
			if ((matcher = MONTH_TEXT.matcher(value)).matches()) {
				return month(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
			}
			if ((matcher = QUARTER_TEXT.matcher(value)).matches()) {
				return quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
			}
			if (YEAR_TEXT.matcher(value).matches()) {
				return year(Integer.parseInt(value));
			}
			if ((matcher = RANGE_TEXT.matcher(value)).matches()) {
				LocalDate from = LocalDate.parse(matcher.group(1));
				LocalDate to = LocalDate.parse(matcher.group(2));
				if (to.isBefore(from)) {
					throw new InvalidInputException(new FieldError("period", "reporting.error.periodReversed"));
				}
				return new Period(Kind.RANGE, from, to);
			}
		}
		catch (DateTimeException notADate) {
			// a month 13 or a 31 February: reported below like any other unreadable period
		}
		throw new InvalidInputException(new FieldError("period", "reporting.error.period", value));
	}

	public static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	public static Period quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
		return new Period(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	public static Period year(int year) {
		return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The period of the same kind and length just before this one: the previous month, quarter or year, or as many days. */
	public Period previous() {
		return switch (kind) {
			case MONTH -> month(YearMonth.from(from).minusMonths(1));
			case QUARTER -> quarter(from.minusMonths(3).getYear(), from.minusMonths(3).get(IsoFields.QUARTER_OF_YEAR));
			case YEAR -> year(from.getYear() - 1);
			case RANGE -> new Period(Kind.RANGE, from.minusDays(days()), from.minusDays(1));
		};
	}

	/** The period of the same kind and length just after this one. */
	public Period next() {
		return switch (kind) {
			case MONTH -> month(YearMonth.from(from).plusMonths(1));
			case QUARTER -> quarter(from.plusMonths(3).getYear(), from.plusMonths(3).get(IsoFields.QUARTER_OF_YEAR));
			case YEAR -> year(from.getYear() + 1);
			case RANGE -> new Period(Kind.RANGE, to.plusDays(1), to.plusDays(days()));
		};
	}

	/** How many days the period covers. */
	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/**
	 * The day the period's state is read on (which milestones are late): its last day, or today while
	 * the period has not ended, since nobody knows yet what will be done by then.
	 */
	public LocalDate asOf(LocalDate today) {
		return to.isAfter(today) ? today : to;
	}

	/** The period in the notation {@link #parse} reads: {@code 2026-10}, {@code 2026-Q3}, {@code 2026}, {@code 2026-01-01..2026-03-31}. */
	public String value() {
		return switch (kind) {
			case MONTH -> YearMonth.from(from).toString();
			case QUARTER -> from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
			case YEAR -> String.valueOf(from.getYear());
			case RANGE -> from + ".." + to;
		};
	}

	@Override
	public String toString() {
		return value();
	}
}
