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

	/** A day, e.g. {@code 4 mar 2025} / {@code Mar 4, 2025}. */
	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	/** A moment, e.g. {@code 4 mar 2025, 11:15}. */
	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale())
					.format(instant.atZone(zone));
	}

	/** A whole number with the locale's grouping, e.g. {@code 1.234} / {@code 1,234}. */
	public String count(Number value) {
		return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** An amount with two decimals, e.g. {@code 1.234,50} / {@code 1,234.50}. */
	public String amount(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** A unit price with two to four decimals, e.g. {@code 12,50} or {@code 0,0125}. */
	public String price(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

	/** A rate in percent as the language writes it, e.g. {@code 21 %} / {@code 21%}. */
	public String percent(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMaximumFractionDigits(2);
		return format.format(value.movePointLeft(2));
	}

	/** A file size, e.g. {@code 12 KB} or {@code 1,5 MB}. */
	public String size(long bytes) {
		if (bytes < 1024) {
			return count(bytes) + " B";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(1);
		return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KB" : format.format(bytes / (1024.0 * 1024)) + " MB";
	}

	/** An IBAN in groups of four, as printed on paper: {@code ES91 2100 0418 …}. */
	public String iban(String iban) {
		return iban == null ? "" : iban.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
