package org.trastienda.customers;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a spreadsheet cell as a field's value: numbers with a decimal comma or point, yes/no in
 * Spanish or English, kinds and statuses by their API or Spanish names. An empty cell is absent.
 */
final class ImportValues {

	private static final Map<String, CustomerKind> KINDS = Map.of("CUSTOMER", CustomerKind.CUSTOMER, "CLIENTE",
			CustomerKind.CUSTOMER, "DISTRIBUTOR", CustomerKind.DISTRIBUTOR, "DISTRIBUIDOR", CustomerKind.DISTRIBUTOR,
			"PARTNER", CustomerKind.PARTNER, "SOCIO", CustomerKind.PARTNER, "SUPPLIER", CustomerKind.SUPPLIER,
			"PROVEEDOR", CustomerKind.SUPPLIER);

	private static final Map<String, CustomerStatus> STATUSES = Map.of("ACTIVE", CustomerStatus.ACTIVE, "ACTIVO",
			CustomerStatus.ACTIVE, "BLOCKED", CustomerStatus.BLOCKED, "BLOQUEADO", CustomerStatus.BLOCKED, "ARCHIVED",
			CustomerStatus.ARCHIVED, "ARCHIVADO", CustomerStatus.ARCHIVED);

	private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(Map.entry("TRUE", true),
			Map.entry("FALSE", false), Map.entry("YES", true), Map.entry("NO", false), Map.entry("SI", true),
			Map.entry("VERDADERO", true), Map.entry("FALSO", false), Map.entry("1", true), Map.entry("0", false),
			Map.entry("X", true));

	private ImportValues() {
	}

	/**
	 * The cell's value for the field, or null when empty.
	 *
	 * @throws IllegalArgumentException with the message key when the text is no value of the field's type
	 */
	static Object parse(CustomerField field, String cell) {
		String text = cell == null ? "" : cell.strip();
		if (text.isEmpty()) {
			return field.type() == CustomerField.Type.BOOLEAN ? Boolean.FALSE : null;
		}
		return switch (field.type()) {
			case TEXT -> text;
			case KIND -> choice(KINDS, text);
			case STATUS -> choice(STATUSES, text);
			case BOOLEAN -> choice(BOOLEANS, text);
			case INTEGER -> integer(text);
			case DECIMAL -> decimal(text);
		};
	}

	private static <T> T choice(Map<String, T> choices, String text) {
		String key = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
		T value = choices.get(key);
		if (value == null) {
			throw new IllegalArgumentException("customers.import.badChoice");
		}
		return value;
	}

	private static Integer integer(String text) {
		try {
			return new BigDecimal(text).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new IllegalArgumentException("customers.import.notAWholeNumber");
		}
	}

	/** {@code 1500.5}, {@code 1500,5}, {@code 1.500,50} and {@code 1,500.50} all read as 1500.50. */
	private static BigDecimal decimal(String text) {
		String number = text.replace(" ", "").replace("€", "");
		int comma = number.lastIndexOf(',');
		int point = number.lastIndexOf('.');
		if (comma > point) {
			number = number.replace(".", "").replace(',', '.');
		}
		else if (comma >= 0) {
			number = number.replace(",", "");
		}
		try {
			return new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("customers.import.notANumber");
		}
	}
}
