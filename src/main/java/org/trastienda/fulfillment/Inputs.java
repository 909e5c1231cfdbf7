package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Collects field errors under the API's field paths ({@code lines[0].quantity}); each message names
 * the field by its translated label, its first argument.
 */
final class Inputs {

	/** Quantities have 3 decimals and fit NUMERIC(19,3). */
	private static final int QUANTITY_DECIMALS = 3;

	private static final int QUANTITY_DIGITS = 16;

	private final List<FieldError> errors = new ArrayList<>();

	/** Text as users type it: trimmed, blank meaning none. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	Inputs reject(String path, MessageSourceResolvable label, String messageKey, Object... more) {
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = label;
		System.arraycopy(more, 0, arguments, 1, more.length);
		errors.add(new FieldError(path, messageKey, arguments));
		return this;
	}

	Inputs reject(String path, String messageKey, Object... more) {
		return reject(path, Labels.field(path), messageKey, more);
	}

	Inputs required(String path, Object value) {
		return value == null ? reject(path, "fulfillment.error.required") : this;
	}

	Inputs text(String path, String value, int maxLength) {
		return value != null && value.length() > maxLength ? reject(path, "fulfillment.error.tooLong", maxLength) : this;
	}

	/** A positive quantity with at most 3 decimals. */
	Inputs quantity(String path, MessageSourceResolvable label, BigDecimal value) {
		if (value == null) {
			return reject(path, label, "fulfillment.error.required");
		}
		if (value.signum() <= 0) {
			return reject(path, label, "fulfillment.error.positive");
		}
		if (value.stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
			return reject(path, label, "fulfillment.error.decimals", QUANTITY_DECIMALS);
		}
		return value.setScale(0, java.math.RoundingMode.DOWN).precision() > QUANTITY_DIGITS
				? reject(path, label, "fulfillment.error.tooLarge") : this;
	}

	/** A day that has happened: not after today. */
	Inputs past(String path, LocalDate value, LocalDate today) {
		return value != null && value.isAfter(today) ? reject(path, "fulfillment.error.future") : this;
	}

	/** A day not before another: {@code what} names that other day for the message. */
	Inputs notBefore(String path, LocalDate value, LocalDate other, MessageSourceResolvable what) {
		return value != null && other != null && value.isBefore(other)
				? reject(path, "fulfillment.error.before", what, other) : this;
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
}
