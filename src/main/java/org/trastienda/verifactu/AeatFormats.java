package org.trastienda.verifactu;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How the AEAT writes dates, amounts and timestamps, in the records, their huella and the QR. */
final class AeatFormats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

	/** ISO 8601 to the second with the offset, {@code +00:00} rather than {@code Z}. */
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private AeatFormats() {
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	static LocalDate parseDate(String text) {
		return LocalDate.parse(text, DATE);
	}

	/** Two decimals, a dot, no grouping: {@code 123.45}, {@code -7.00}. */
	static String amount(String name, BigDecimal amount) {
		if (amount == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		try {
			return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(name + " has more than two decimals: " + amount, ex);
		}
	}

	static String timestamp(ZonedDateTime time) {
		return TIMESTAMP.format(time.truncatedTo(ChronoUnit.SECONDS));
	}

	static OffsetDateTime parseTimestamp(String text) {
		return OffsetDateTime.parse(text, TIMESTAMP);
	}
}
