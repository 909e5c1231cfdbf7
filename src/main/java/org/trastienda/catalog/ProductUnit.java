package org.trastienda.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonValue;

import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * The unit a product is counted, weighed, measured or charged in. The API and files write its
 * {@link #code()} ({@code kg}, {@code m2}); pages show the label {@code catalog.unit.<NAME>}
 * ({@code u.}, {@code m²}). Imports also take the Spanish and English names listed here.
 */
public enum ProductUnit {

	UNIT("unit", "u", "u.", "ud", "ud.", "uds", "unidad", "unidades", "pieza", "piezas", "pc", "pcs", "ea"),
	KG("kg", "kilo", "kilos", "kilogramo", "kilogramos", "kilogram", "kilograms"),
	G("g", "gr", "gramo", "gramos", "gram", "grams"),
	T("t", "tn", "ton", "tonelada", "toneladas", "tonne", "tonnes"),
	M("m", "metro", "metros", "metre", "metres", "meter", "meters"),
	M2("m2", "metro cuadrado", "metros cuadrados", "square metre", "square metres"),
	M3("m3", "metro cubico", "metros cubicos", "cubic metre", "cubic metres"),
	L("l", "litro", "litros", "litre", "litres", "liter", "liters"),
	H("h", "hora", "horas", "hour", "hours"),
	DAY("day", "days", "dia", "dias", "jornada", "jornadas"),
	BOX("box", "boxes", "caja", "cajas"),
	PALLET("pallet", "pallets", "pale", "pales", "palet", "palets"),
	THOUSAND("thousand", "millar", "millares", "mil");

	private static final Map<String, ProductUnit> BY_CODE = Stream.of(values())
		.collect(Collectors.toUnmodifiableMap(ProductUnit::code, Function.identity()));

	private final String code;

	private final List<String> otherNames;

	ProductUnit(String code, String... otherNames) {
		this.code = code;
		this.otherNames = List.of(otherNames);
	}

	/** How the API and files write the unit. */
	@JsonValue
	public String code() {
		return code;
	}

	/** Spanish and English names an imported file may use instead of the code. */
	public List<String> otherNames() {
		return otherNames;
	}

	/**
	 * The unit with this code (any case), or null when none is given.
	 *
	 * @throws InvalidInputException on field {@code unit} when no unit has the code
	 */
	public static ProductUnit fromCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		ProductUnit unit = BY_CODE.get(code.strip().toLowerCase(Locale.ROOT));
		if (unit == null) {
			throw new InvalidInputException(new FieldError("unit", "catalog.error.unit", code.strip(),
					Stream.of(values()).map(ProductUnit::code).collect(Collectors.joining(", "))));
		}
		return unit;
	}
}
