package org.trastienda.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, moments and numbers as the user reads them: in their language, and moments on the
 * company's clock ({@code trastienda.display-zone}, Madrid by default) rather than the server's.
 * Templates call it as {@code ${@formats.date(value)}}.
 */
@Component("formats")
public class Formats {

	private final ZoneId zone;

	Formats(@Value("${trastienda.display-zone:Europe/Madrid}") ZoneId zone) {
		this.zone = zone;
	}

	/** A day in the medium style of the language: 4 mar 2025 in Spanish. */
	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	/** A moment, day and minute, on the company clock: 4 mar 2025 11:15 in Spanish. */
	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale())
					.format(instant.atZone(zone));
	}

	/** A whole number with the grouping of the language (1.234 in Spanish). */
	public String count(Number value) {
		return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** An amount with two decimals and the separators of the language (1.234,50 in Spanish). */
	public String amount(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** A unit price with two to four decimals and the separators of the language (0,0125 in Spanish). */
	public String price(BigDecimal value) {
		return decimals(value, 2);
	}

	/** A quantity, price or rate with the decimals it has, four at most (1.000,125 in Spanish). */
	public String decimal(BigDecimal value) {
		return decimals(value, 0);
	}

	private String decimals(BigDecimal value, int minimumDigits) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(minimumDigits);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

	/** A rate in percent as the language writes it (21 % in Spanish, 21% in English). */
	public String percent(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMaximumFractionDigits(2);
		return format.format(value.movePointLeft(2));
	}

	/** A file size in bytes, KB or MB, one decimal at most. */
	public String size(long bytes) {
		if (bytes < 1024) {
			return count(bytes) + " B";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(1);
		return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KB" : format.format(bytes / (1024.0 * 1024)) + " MB";
	}

	/** An IBAN in groups of four characters, as printed on paper. */
	public String iban(String iban) {
		return iban == null ? "" : iban.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
