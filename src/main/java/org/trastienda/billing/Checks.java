package org.trastienda.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Collects field errors under the API's paths; each message names its field by the translated label
 * {@code billing.field.<path>}, a line's field as {@code billing.field.line.<name>} with its number.
 */
final class Checks {

	private static final Pattern LINE_PATH = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

	private final List<FieldError> errors = new ArrayList<>();

	static MessageSourceResolvable label(String path) {
		Matcher line = LINE_PATH.matcher(path);
		if (line.matches()) {
			return text("billing.field.line." + line.group(2), Integer.parseInt(line.group(1)) + 1);
		}
		return text("billing.field." + path);
	}

	static MessageSourceResolvable text(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments, key);
	}

	Checks reject(String path, String messageKey, Object... more) {
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = label(path);
		System.arraycopy(more, 0, arguments, 1, more.length);
		errors.add(new FieldError(path, messageKey, arguments));
		return this;
	}

	Checks required(String path, Object value) {
		return value == null ? reject(path, "billing.error.required") : this;
	}

	Checks text(String path, String value, int maxLength, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? reject(path, "billing.error.required") : this;
		}
		return value.length() > maxLength ? reject(path, "billing.error.tooLong", maxLength) : this;
	}

	Checks range(String path, Integer value, int min, int max) {
		return value != null && (value < min || value > max) ? reject(path, "billing.error.range", min, max) : this;
	}

	/**
	 * A number with at most the decimals and 15 integer digits, at least {@code min} (none when null)
	 * and at most {@code max} (none when null); {@code nonZero} refuses zero.
	 */
	Checks number(String path, BigDecimal value, BigDecimal min, BigDecimal max, int decimals, boolean nonZero) {
		if (value == null) {
			return reject(path, "billing.error.required");
		}
		if (nonZero && value.signum() == 0) {
			return reject(path, "billing.error.zero");
		}
		if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
			return max == null ? reject(path, "billing.error.atLeast", min) : reject(path, "billing.error.range", min, max);
		}
		if (value.stripTrailingZeros().scale() > decimals) {
			return reject(path, "billing.error.decimals", decimals);
		}
		return value.abs().setScale(0, RoundingMode.DOWN).precision() > 15 ? reject(path, "billing.error.tooLarge") : this;
	}

	boolean has(String path) {
		return errors.stream().anyMatch(error -> error.field().equals(path));
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
