package org.trastienda.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/** Enum constants as request parameters spell them: in lower case. */
final class EnumNames {

	private EnumNames() {
	}

	static String value(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The constant named, in any case.
	 *
	 * @throws InvalidInputException on the field, with the names allowed, for any other name
	 */
	static <E extends Enum<E>> E parse(Class<E> type, String name, String field, String messageKey) {
		String value = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		E[] constants = type.getEnumConstants();
		return Arrays.stream(constants)
			.filter(constant -> value(constant).equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(new FieldError(field, messageKey,
					Arrays.stream(constants).map(EnumNames::value).collect(Collectors.joining(", ")))));
	}
}
