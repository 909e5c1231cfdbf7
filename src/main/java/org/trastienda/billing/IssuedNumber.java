package org.trastienda.billing;

import java.time.LocalDate;

/** The number an invoice got: its place in the series' counter of the issue year, and how it prints. */
record IssuedNumber(LocalDate issueDate, int sequence, String text) {

	/** Prefix, year and a five-digit counter: {@code F2026-00042}. */
	static IssuedNumber of(String prefix, LocalDate issueDate, int sequence) {
		return new IssuedNumber(issueDate, sequence, "%s%d-%05d".formatted(prefix, issueDate.getYear(), sequence));
	}
}
