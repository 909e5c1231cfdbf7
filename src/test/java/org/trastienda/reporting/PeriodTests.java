package org.trastienda.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PeriodTests {

	@Test
	void readsAMonth() {
		Period period = Period.parse("2026-02");
		assertThat(period.kind()).isEqualTo(Period.Kind.MONTH);
		assertThat(period.from()).isEqualTo("2026-02-01");
		assertThat(period.to()).isEqualTo("2026-02-28");
		assertThat(Period.parse("2028-02").to()).as("leap year").isEqualTo("2028-02-29");
	}

	@Test
	void readsAQuarterInEitherCase() {
		Period period = Period.parse("2026-Q3");
		assertThat(period.kind()).isEqualTo(Period.Kind.QUARTER);
		assertThat(period.from()).isEqualTo("2026-07-01");
		assertThat(period.to()).isEqualTo("2026-09-30");
		assertThat(Period.parse(" 2026-q4 ")).isEqualTo(period.next());
	}

	@Test
	void readsAYear() {
		Period period = Period.parse("2026");
		assertThat(period.kind()).isEqualTo(Period.Kind.YEAR);
		assertThat(period.from()).isEqualTo("2026-01-01");
		assertThat(period.to()).isEqualTo("2026-12-31");
		assertThat(period.days()).isEqualTo(365);
	}

	@Test
	void readsARangeOfDaysBothEndsIncluded() {
		Period period = Period.parse("2026-01-01..2026-03-31");
		assertThat(period.kind()).isEqualTo(Period.Kind.RANGE);
		assertThat(period.days()).isEqualTo(90);
		assertThat(Period.parse("2026-05-07..2026-05-07").days()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-10", "2026-Q3", "2026", "2026-01-01..2026-03-31" })
	void writesBackWhatItReads(String text) {
		assertThat(Period.parse(text).value()).isEqualTo(text);
		assertThat(Period.parse(text)).hasToString(text);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "2026-13", "2026-00", "2026-Q0", "2026-Q5", "26", "0999", "2026-1", "2026-02-30..2026-03-01",
			"2026-01-01..2026-02-30", "2026-01-01-2026-02-01", "2026-01-01..", "octubre", "2026-10-01" })
	void refusesAnythingElseOnThePeriodField(String text) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> Period.parse(text));
		assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("period", "reporting.error.period"));
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> Period.parse("2026-03-31..2026-01-01"));
		assertThat(refused.errors()).extracting(FieldError::messageKey).containsExactly("reporting.error.periodReversed");
	}

	@Test
	void thePreviousPeriodHasTheSameKindAndLength() {
		assertThat(Period.parse("2026-01").previous()).isEqualTo(Period.parse("2025-12"));
		assertThat(Period.parse("2026-03").previous()).isEqualTo(Period.parse("2026-02"));
		assertThat(Period.parse("2026-Q1").previous()).isEqualTo(Period.parse("2025-Q4"));
		assertThat(Period.parse("2026-Q3").previous()).isEqualTo(Period.parse("2026-Q2"));
		assertThat(Period.parse("2026").previous()).isEqualTo(Period.parse("2025"));
		assertThat(Period.parse("2026-01-01..2026-03-31").previous())
			.isEqualTo(Period.parse("2025-10-03..2025-12-31"));
		assertThat(Period.parse("2026-01-01..2026-03-31").previous().days()).isEqualTo(90);
	}

	@Test
	void theNextPeriodFollowsWithoutGap() {
		assertThat(Period.parse("2026-12").next()).isEqualTo(Period.parse("2027-01"));
		assertThat(Period.parse("2026-Q4").next()).isEqualTo(Period.parse("2027-Q1"));
		assertThat(Period.parse("2026").next()).isEqualTo(Period.parse("2027"));
		assertThat(Period.parse("2026-01-01..2026-01-10").next()).isEqualTo(Period.parse("2026-01-11..2026-01-20"));
		assertThat(Period.parse("2026-05").next().previous()).isEqualTo(Period.parse("2026-05"));
	}

	@Test
	void stateIsReadOnTheLastDayOrTodayWhileThePeriodRuns() {
		Period quarter = Period.parse("2026-Q3");
		assertThat(quarter.asOf(LocalDate.of(2026, 12, 1))).isEqualTo("2026-09-30");
		assertThat(quarter.asOf(LocalDate.of(2026, 9, 30))).isEqualTo("2026-09-30");
		assertThat(quarter.asOf(LocalDate.of(2026, 8, 15))).isEqualTo("2026-08-15");
		assertThat(quarter.asOf(LocalDate.of(2026, 3, 1))).as("a period still ahead").isEqualTo("2026-03-01");
	}
}
