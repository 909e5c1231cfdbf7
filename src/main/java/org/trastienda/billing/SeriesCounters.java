package org.trastienda.billing;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trastienda.shared.BusinessRuleException;

/**
 * The numbering of a series: one counter per issue year in {@code invoice_series_counter}, read and
 * advanced only while the series row is locked ({@code SELECT … FOR UPDATE}) in the transaction that
 * issues the invoice. Clerks on any number of app instances take turns on that lock, so numbers are
 * correlative without duplicates; a rollback releases the lock with the counter untouched, so there
 * are no gaps (a database sequence would leave them).
 */
@Component
class SeriesCounters {

	private final JdbcClient jdbc;

	SeriesCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The series, locked until the transaction ends. */
	Locked lock(Long seriesId) {
		return jdbc.sql("SELECT id, code, prefix FROM invoice_series WHERE id = ? FOR UPDATE")
			.param(seriesId)
			.query((rs, row) -> new Locked(rs.getLong("id"), rs.getString("code"), rs.getString("prefix")))
			.single();
	}

	/** A series whose row this transaction holds locked. */
	record Locked(Long id, String code, String prefix) {
	}

	/**
	 * The next number of the locked series for the issue date's year.
	 *
	 * @throws BusinessRuleException when the date is before the last issued in the series that year:
	 * dates must follow the numbers
	 */
	IssuedNumber next(Locked series, LocalDate issueDate) {
		int year = issueDate.getYear();
		Optional<Counter> counter = jdbc.sql("""
				SELECT last_number, last_issue_date FROM invoice_series_counter
				WHERE series_id = ? AND issue_year = ?""")
			.params(series.id(), year)
			.query((rs, row) -> new Counter(rs.getInt("last_number"), rs.getObject("last_issue_date", LocalDate.class)))
			.optional();
		if (counter.isEmpty()) {
			jdbc.sql("""
					INSERT INTO invoice_series_counter (series_id, issue_year, last_number, last_issue_date)
					VALUES (?, ?, 1, ?)""")
				.params(series.id(), year, issueDate)
				.update();
			return IssuedNumber.of(series.prefix(), issueDate, 1);
		}
		if (issueDate.isBefore(counter.get().lastIssueDate())) {
			throw new BusinessRuleException("billing.invoice.dateBeforeLast", issueDate, series.code(),
					counter.get().lastIssueDate());
		}
		int next = counter.get().lastNumber() + 1;
		jdbc.sql("""
				UPDATE invoice_series_counter SET last_number = ?, last_issue_date = ?
				WHERE series_id = ? AND issue_year = ?""")
			.params(next, issueDate, series.id(), year)
			.update();
		return IssuedNumber.of(series.prefix(), issueDate, next);
	}

	private record Counter(int lastNumber, LocalDate lastIssueDate) {
	}
}
