package org.trastienda.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Collects field errors under the API's field paths; each message names the field by its
 * translated label ({@code customers.field.<path>}).
 */
final class FieldChecks {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,39}");

	private final List<FieldError> errors = new ArrayList<>();

	/** The translated name of a field, as a message argument. */
	static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable(new String[] { "customers.field." + field }, field);
	}

	FieldChecks reject(String field, String messageKey, Object... extraArguments) {
		Object[] arguments = new Object[extraArguments.length + 1];
		arguments[0] = label(field);
		System.arraycopy(extraArguments, 0, arguments, 1, extraArguments.length);
		errors.add(new FieldError(field, messageKey, arguments));
		return this;
	}

	FieldChecks required(String field, Object value) {
		return value == null ? reject(field, "customers.error.required") : this;
	}

	FieldChecks text(String field, String value, int maxLength, boolean required) {
		if (value == null) {
			return required ? reject(field, "customers.error.required") : this;
		}
		return value.length() > maxLength ? reject(field, "customers.error.tooLong", maxLength) : this;
	}

	FieldChecks email(String field, String value) {
		text(field, value, 200, false);
		return value != null && !EMAIL.matcher(value).matches() ? reject(field, "customers.error.email") : this;
	}

	FieldChecks phone(String field, String value) {
		return value != null && !PHONE.matcher(value).matches() ? reject(field, "customers.error.phone") : this;
	}

	FieldChecks range(String field, Integer value, int min, int max) {
		return value != null && (value < min || value > max) ? reject(field, "customers.error.range", min, max) : this;
	}

	FieldChecks amount(String field, BigDecimal value) {
		if (value == null) {
			return this;
		}
		if (value.signum() < 0) {
			return reject(field, "customers.error.negative");
		}
		return value.scale() > 2 || value.precision() - value.scale() > 17 ? reject(field, "customers.error.amount") : this;
	}

	FieldChecks notBefore(String field, LocalDate value, String otherField, LocalDate other) {
		return value != null && other != null && value.isBefore(other)
				? reject(field, "customers.error.dateBefore", label(otherField)) : this;
	}

	FieldChecks add(List<FieldError> more) {
		errors.addAll(more);
		return this;
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
