package org.trastienda.contracts.web;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Contract numbers as the user reads them, in their language: amounts with two decimals,
 * quantities and prices with the decimals they have. Templates call {@code ${@contractFormats.amount(x)}}.
 */
@Component("contractFormats")
class ContractFormats {

	/** "1.234,50" / "1,234.50". */
	public String amount(BigDecimal value) {
		return format(value, 2, 2);
	}

	/** A quantity, unit price, discount or rate with only the decimals it needs (up to 4). */
	public String decimal(BigDecimal value) {
		return format(value, 0, 4);
	}

	private static String format(BigDecimal value, int minDecimals, int maxDecimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(minDecimals);
		format.setMaximumFractionDigits(maxDecimals);
		return format.format(value);
	}
}
