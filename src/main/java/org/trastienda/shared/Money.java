package org.trastienda.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in cents of a currency (ISO 4217 code). Exact values become money only through
 * {@link #of}, which rounds HALF_UP to cents: the one rounding rule of every amount we show.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	public static final int SCALE = 2;

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	/** @throws IllegalArgumentException when the amount has more than two decimals or the currency is no ISO code */
	public Money {
		Objects.requireNonNull(amount, "amount");
		if (currency == null || !CURRENCY.matcher(currency).matches()) {
			throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
		}
		if (amount.stripTrailingZeros().scale() > SCALE) {
			throw new IllegalArgumentException("money has at most two decimals, use Money.of to round: " + amount);
		}
		amount = amount.setScale(SCALE, ROUNDING);
	}

	/** The exact value rounded HALF_UP to cents. */
	public static Money of(BigDecimal exact, String currency) {
		return new Money(exact.setScale(SCALE, ROUNDING), currency);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.subtract(other.amount), currency);
	}

	/** This amount times a factor, rounded HALF_UP to cents (a tax rate, say). */
	public Money times(BigDecimal factor) {
		return of(amount.multiply(factor), currency);
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency;
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
		}
	}
}
