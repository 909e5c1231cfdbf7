package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Collects field errors under the API's field paths ({@code lines[2].quantity}); each message
 * names the field by its translated label.
 */
final class Checks {

	private final List<FieldError> errors = new ArrayList<>();

	Checks reject(String path, MessageSourceResolvable label, String messageKey, Object... extraArguments) {
		Object[] arguments = new Object[extraArguments.length + 1];
		arguments[0] = label;
		System.arraycopy(extraArguments, 0, arguments, 1, extraArguments.length);
		errors.add(new FieldError(path, messageKey, arguments));
		return this;
	}

	Checks reject(String path, String messageKey, Object... extraArguments) {
		return reject(path, Labels.field(path), messageKey, extraArguments);
	}

	Checks required(String path, MessageSourceResolvable label, Object value) {
		return value == null ? reject(path, label, "contracts.error.required") : this;
	}

	Checks text(String path, MessageSourceResolvable label, String value, int maxLength, boolean required) {
		if (value == null) {
			return required ? reject(path, label, "contracts.error.required") : this;
		}
		return value.length() > maxLength ? reject(path, label, "contracts.error.tooLong", maxLength) : this;
	}

	Checks text(String path, String value, int maxLength, boolean required) {
		return text(path, Labels.field(path), value, maxLength, required);
	}

	Checks range(String path, Integer value, int min, int max) {
		return value != null && (value < min || value > max) ? reject(path, "contracts.error.range", min, max) : this;
	}

	/**
	 * A decimal within the bounds with at
	 * most the given decimals and integer digits.
	 */
	Checks decimal(String path, MessageSourceResolvable label, BigDecimal value, Bound bound, int decimals,
			int integerDigits) {
		if (value == null) {
			return reject(path, label, "contracts.error.required");
		}
		if (bound.refuses(value)) {
			if (bound.exclusiveMin()) {
				return reject(path, label, "contracts.error.positive");
			}
			return bound.max() == null ? reject(path, label, "contracts.error.negative")
					: reject(path, label, "contracts.error.between", bound.min(), bound.max());
		}
		if (value.stripTrailingZeros().scale() > decimals) {
			return reject(path, label, "contracts.error.decimals", decimals);
		}
		BigDecimal integral = value.abs().setScale(0, java.math.RoundingMode.DOWN);
		return integral.signum() != 0 && integral.precision() > integerDigits
				? reject(path, label, "contracts.error.tooLarge", integerDigits) : this;
	}

	Checks notBefore(String path, LocalDate value, String otherPath, LocalDate other) {
		return value != null && other != null && value.isBefore(other)
				? reject(path, "contracts.error.dateBefore", Labels.field(otherPath)) : this;
	}

	boolean has(String path) {
		return errors.stream().anyMatch(error -> error.field().equals(path));
	}

	List<FieldError> errors() {
		return List.copyOf(errors);
	}

	/** Refuses the input with every error found, or returns quietly. */
	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/**
	 * The values a decimal may take: from {@code min} (excluded when {@code exclusiveMin}) to {@code max}
	 * (none when null).
	 */
	record Bound(BigDecimal min, BigDecimal max, boolean exclusiveMin) {

		static Bound positive() {
			return new Bound(BigDecimal.ZERO, null, true);
		}

		static Bound atLeastZero() {
			return new Bound(BigDecimal.ZERO, null, false);
		}

		static Bound percent() {
			return new Bound(BigDecimal.ZERO, BigDecimal.valueOf(100), false);
		}

		boolean refuses(BigDecimal value) {
			int fromMin = value.compareTo(min);
			return (exclusiveMin ? fromMin <= 0 : fromMin < 0) || (max != null && value.compareTo(max) > 0);
		}
	}
}
