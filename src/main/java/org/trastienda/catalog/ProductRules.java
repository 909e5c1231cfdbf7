package org.trastienda.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.trastienda.shared.FieldError;

/**
 * What makes a product valid: an SKU of the allowed characters, a name, a unit, a list price of at
 * least 0 with up to {@value #PRICE_DECIMALS} decimals, and one of the catalogue's VAT rates.
 * Messages name the field by its translated label ({@code catalog.field.<path>}).
 */
final class ProductRules {

	static final int PRICE_DECIMALS = 4;

	private static final int PRICE_INTEGER_DIGITS = 15;

	private static final int NAME_MAX = 200;

	private static final int DESCRIPTION_MAX = 2000;

	private static final int CATEGORY_MAX = 80;

	private ProductRules() {
	}

	/**
	 * The input cleaned (blanks stripped, empty text absent, the SKU normalised) and completed:
	 * absent unit, VAT rate and active flag keep the current values, or for a new product become
	 * a unit, the general rate and active. A VAT rate equal to a catalogue rate becomes that rate;
	 * the price loses trailing zeros beyond two decimals.
	 *
	 * @param current the product as stored, or null for a new one
	 */
	static ProductData complete(ProductData input, ProductData current, VatRates.Table rates) {
		BigDecimal vatRate = firstPresent(input.vatRate(), current == null ? null : current.vatRate(),
				rates.general());
		return new ProductData(Sku.normalize(input.sku()), text(input.name()), text(input.description()),
				text(input.category()),
				firstPresent(input.unit(), current == null ? null : current.unit(), ProductUnit.UNIT),
				listPrice(input.listPrice()), rates.find(vatRate).orElse(vatRate),
				firstPresent(input.active(), current == null ? null : current.active(), Boolean.TRUE));
	}

	/** Every reason a completed product cannot be saved. */
	static List<FieldError> check(ProductData product, VatRates.Table rates) {
		List<FieldError> errors = new ArrayList<>();
		if (product.sku() == null) {
			errors.add(required("sku"));
		}
		else if (!Sku.isValid(product.sku())) {
			errors.add(error("sku", "catalog.error.sku.format", product.sku(), Sku.MAX_LENGTH));
		}
		if (product.name() == null) {
			errors.add(required("name"));
		}
		tooLong(errors, "name", product.name(), NAME_MAX);
		tooLong(errors, "description", product.description(), DESCRIPTION_MAX);
		tooLong(errors, "category", product.category(), CATEGORY_MAX);
		checkPrice(errors, product.listPrice());
		if (product.vatRate() == null) {
			errors.add(required("vatRate"));
		}
		else if (rates.find(product.vatRate()).isEmpty()) {
			errors.add(error("vatRate", "catalog.error.vatRate", product.vatRate().toPlainString(),
					rates.all().stream().map(rate -> rate.rate().toPlainString()).collect(Collectors.joining(", "))));
		}
		return errors;
	}

	/** A list price is at least 0, has up to four decimals and fifteen whole digits. */
	private static void checkPrice(Collection<FieldError> errors, BigDecimal price) {
		if (price == null) {
			errors.add(required("listPrice"));
		}
		else if (price.signum() < 0) {
			errors.add(error("listPrice", "catalog.error.price.negative"));
		}
		else if (price.stripTrailingZeros().scale() > PRICE_DECIMALS) {
			errors.add(error("listPrice", "catalog.error.price.decimals", PRICE_DECIMALS));
		}
		else if (price.precision() - price.scale() > PRICE_INTEGER_DIGITS) {
			errors.add(error("listPrice", "catalog.error.price.tooLarge"));
		}
	}

	/** A price as people read it, with two to four decimals: {@code 12.5000} → {@code 12.50}, {@code 0.01250} → {@code 0.0125}. */
	static BigDecimal listPrice(BigDecimal price) {
		if (price == null) {
			return null;
		}
		BigDecimal plain = price.stripTrailingZeros();
		return plain.scale() < 2 ? plain.setScale(2) : plain;
	}

	/** The translated name of a field, as a message argument. */
	static MessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable(new String[] { "catalog.field." + field }, field);
	}

	private static void tooLong(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(error(field, "catalog.error.tooLong", max));
		}
	}

	private static FieldError required(String field) {
		return error(field, "catalog.error.required");
	}

	private static FieldError error(String field, String messageKey, Object... extraArguments) {
		Object[] arguments = new Object[extraArguments.length + 1];
		arguments[0] = label(field);
		System.arraycopy(extraArguments, 0, arguments, 1, extraArguments.length);
		return new FieldError(field, messageKey, arguments);
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@SafeVarargs
	private static <T> T firstPresent(T... candidates) {
		for (T candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}
}
