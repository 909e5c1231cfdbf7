package org.trastienda.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, moments and numbers as the user reads them: in their language, and moments on the
 * company's clock ({@code trastienda.display-zone}, Madrid by default) rather than the server's.
 * Templates call it as {@code ${@formats.date(value)}}.
 */
@Component("formats")
public class Formats {

	private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern ISO_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}\\.\\d{1,6}");

	private final ZoneId zone;

	private final MessageSource messages;

	Formats(@Value("${trastienda.display-zone:Europe/Madrid}") ZoneId zone, MessageSource messages) {
		this.zone = zone;
		this.messages = messages;
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

	/** A quantity, price or rate with the decimals it has, four at most (1.000,125 in Spanish). */
	public String decimal(BigDecimal value) {
		return number(value, 0);
	}

	/** A unit price with two to four decimals and the separators of the language (0,0125 in Spanish). */
	public String price(BigDecimal value) {
		return number(value, 2);
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

	private static String number(BigDecimal value, int minimumDecimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(minimumDecimals);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

	/**
	 * A value as the audit trail recorded it, written the way the reader expects: an ISO day or moment as
	 * a date, a decimal number with the decimals recorded (whole numbers such as postal codes stay as written), true/false as yes/no; any other text as it was recorded.
	 */
	public String recorded(String value) {
		if (value == null || value.isBlank()) {
			return "—";
		}
		if (ISO_DAY.matcher(value).matches()) {
			return date(LocalDate.parse(value));
		}
		if (ISO_MOMENT.matcher(value).matches()) {
			return dateTime(Instant.parse(value));
		}
		if (DECIMAL.matcher(value).matches()) {
			NumberFormat format = NumberFormat.getNumberInstance(locale());
			format.setMinimumFractionDigits(new BigDecimal(value).scale());
			return format.format(new BigDecimal(value));
		}
		if ("true".equals(value) || "false".equals(value)) {
			return messages.getMessage("value." + value, null, value, locale());
		}
		return value;
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
