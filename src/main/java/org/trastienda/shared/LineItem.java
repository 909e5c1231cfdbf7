package org.trastienda.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A priced line of a contract, order or invoice: quantity × unit price less a discount, taxed at a
 * VAT rate (both in percent). Its net is exact until {@link #net} rounds it once, HALF_UP to cents.
 */
public record LineItem(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal vatRate) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public LineItem {
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(unitPrice, "unitPrice");
		discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
		vatRate = vatRate == null ? BigDecimal.ZERO : vatRate;
	}

	/** quantity × unit price × (1 − discount / 100), without any rounding. */
	public BigDecimal exactNet() {
		BigDecimal remaining = HUNDRED.subtract(discountPercent);
		return quantity.multiply(unitPrice).multiply(remaining).movePointLeft(2);
	}

	/** The line's net amount, rounded HALF_UP to cents. */
	public Money net(String currency) {
		return Money.of(exactNet(), currency);
	}

	/** The VAT rate as a factor: 21 % → 0.21. */
	public BigDecimal vatFactor() {
		return vatRate.movePointLeft(2);
	}
}
