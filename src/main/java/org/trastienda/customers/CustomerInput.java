package org.trastienda.customers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.trastienda.shared.FieldError;
import org.trastienda.shared.Iban;
import org.trastienda.shared.TaxId;

/**
 * Cleans what a user typed (trimmed, empty as absent, tax id and IBAN in their stored form) and
 * checks every field of a customer, naming errors by the API's field paths.
 */
final class CustomerInput {

	static final String DEFAULT_COUNTRY = "ES";

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of("es", "en");

	/** Spanish postal codes: the first two digits are the province, 01 to 52. */
	private static final Pattern SPANISH_POSTAL_CODE = Pattern.compile("(0[1-9]|[1-4]\\d|5[0-2])\\d{3}");

	private CustomerInput() {
	}

	/** The data in its stored form; an absent country means Spain, and the address defaults to it. */
	static CustomerData clean(CustomerData data) {
		String country = upper(data.countryCode());
		country = country == null ? DEFAULT_COUNTRY : country;
		Address address = data.address() == null ? new Address(null, null, null, null, null) : data.address();
		BillingData billing = data.billing() == null ? new BillingData(null, null, null, null, false, null)
				: data.billing();
		String addressCountry = upper(address.countryCode());
		return new CustomerData(data.kind(), trim(data.legalName()),
				trim(data.tradeName()), blankToNull(TaxId.normalize(data.taxId())), country, trim(data.segment()),
				upper(data.regionCode()), trim(data.ownerUsername()),
				data.status(), trim(data.email()), trim(data.phone()),
				trim(data.website()),
				new Address(trim(address.street()), trim(address.postalCode()), trim(address.city()),
						trim(address.province()), addressCountry == null ? country : addressCountry),
				new BillingData(trim(billing.invoiceEmail()), billing.paymentTermsDays(), billing.creditLimit(),
						blankToNull(Iban.normalize(billing.iban())), billing.recargoEquivalencia(),
						lower(billing.language())),
				trim(data.notes()));
	}

	/** Every field error of cleaned, completed data; owner and region are checked against the directory elsewhere. */
	static List<FieldError> check(CustomerData data) {
		FieldChecks checks = new FieldChecks()
			.required("kind", data.kind())
			.required("status", data.status())
			.text("legalName", data.legalName(), 200, true)
			.text("tradeName", data.tradeName(), 200, false)
			.text("segment", data.segment(), 80, false)
			.email("email", data.email())
			.phone("phone", data.phone())
			.text("website", data.website(), 200, false)
			.text("notes", data.notes(), 4000, false);
		checkCountry(checks, "countryCode", data.countryCode());
		checkTaxId(checks, data.countryCode(), data.taxId());
		checkAddress(checks, data.address());
		checkBilling(checks, data.billing());
		return checks.errors();
	}

	private static void checkTaxId(FieldChecks checks, String country, String taxId) {
		if (taxId != null && taxId.length() > 30) {
			checks.reject("taxId", "customers.error.tooLong", 30);
			return;
		}
		switch (TaxId.check(country, taxId)) {
			case MISSING -> checks.reject("taxId", "customers.error.required");
			case BAD_CHECK_CHARACTER -> checks.reject("taxId", "customers.error.taxId.checkCharacter", taxId);
			case BAD_FORMAT -> {
				if (DEFAULT_COUNTRY.equals(country)) {
					checks.reject("taxId", "customers.error.taxId.spanishFormat", taxId);
				}
				else {
					checks.reject("taxId", "customers.error.taxId.vatFormat", taxId, country);
				}
			}
			case VALID -> {
			}
		}
	}

	private static void checkAddress(FieldChecks checks, Address address) {
		checks.text("address.street", address.street(), 200, false)
			.text("address.city", address.city(), 120, false)
			.text("address.province", address.province(), 120, false);
		checkCountry(checks, "address.countryCode", address.countryCode());
		String postalCode = address.postalCode();
		if (postalCode != null && DEFAULT_COUNTRY.equals(address.countryCode())
				&& !SPANISH_POSTAL_CODE.matcher(postalCode).matches()) {
			checks.reject("address.postalCode", "customers.error.postalCode");
		}
		else {
			checks.text("address.postalCode", postalCode, 20, false);
		}
	}

	private static void checkBilling(FieldChecks checks, BillingData billing) {
		checks.email("billing.invoiceEmail", billing.invoiceEmail())
			.range("billing.paymentTermsDays", billing.paymentTermsDays(), 0, 365)
			.amount("billing.creditLimit", billing.creditLimit());
		if (billing.iban() != null && !Iban.isValid(billing.iban())) {
			checks.reject("billing.iban", "customers.error.iban");
		}
		if (billing.language() != null && !LANGUAGES.contains(billing.language())) {
			checks.reject("billing.language", "customers.error.language");
		}
	}

	private static void checkCountry(FieldChecks checks, String field, String code) {
		if (code != null && !COUNTRIES.contains(code)) {
			checks.reject(field, "customers.error.country");
		}
	}

	static String trim(String value) {
		return blankToNull(value == null ? null : value.strip());
	}

	private static String blankToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static String upper(String value) {
		String trimmed = trim(value);
		return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
	}

	private static String lower(String value) {
		String trimmed = trim(value);
		return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
	}
}
