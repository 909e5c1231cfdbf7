package org.trastienda.execution;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the status report writes numbers and dates in its language: amounts with two decimals,
 * quantities and prices with as many as they carry (up to 3 and 4), dates in the medium style.
 */
public final class ReportFormat {

	private final Locale locale;

	private final DateTimeFormatter dates;

	ReportFormat(Locale locale) {
		this.locale = locale;
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
	}

	public String money(BigDecimal amount) {
		return amount == null ? "" : decimals(2, 2).format(amount);
	}

	public String quantity(BigDecimal quantity) {
		return quantity == null ? "" : decimals(0, 3).format(quantity);
	}

	public String price(BigDecimal price) {
		return price == null ? "" : decimals(2, 4).format(price);
	}

	public String percent(BigDecimal percent) {
		return percent == null ? "" : decimals(0, 3).format(percent);
	}

	public String date(LocalDate date) {
		return date == null ? "" : date.format(dates);
	}

	private NumberFormat decimals(int min, int max) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(min);
		format.setMaximumFractionDigits(max);
		return format;
	}
}
