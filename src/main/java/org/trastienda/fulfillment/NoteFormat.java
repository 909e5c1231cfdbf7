package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the delivery note writes quantities (as many decimals as they carry, up to 3) and dates
 * (medium style) in its language. Public because the template calls it.
 */
public final class NoteFormat {

	private final Locale locale;

	private final DateTimeFormatter dates;

	NoteFormat(Locale locale) {
		this.locale = locale;
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
	}

	public String quantity(BigDecimal quantity) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(3);
		return quantity == null ? "" : format.format(quantity);
	}

	public String date(LocalDate date) {
		return date == null ? "" : date.format(dates);
	}
}
