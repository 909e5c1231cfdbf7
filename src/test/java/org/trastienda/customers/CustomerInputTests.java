package org.trastienda.customers;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.trastienda.shared.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerInputTests {

	@Test
	void cleansTextTaxIdIbanAndCountries() {
		CustomerData cleaned = CustomerInput.clean(new CustomerData(null, "  Ruiz S.L. ", "", " b-1234567.4 ", null,
				null, " n ", null, null, null, null, null, null,
				new BillingData(null, null, null, "es91 2100 0418 4502 0005 1332", false, "ES"), null));

		assertThat(cleaned.legalName()).isEqualTo("Ruiz S.L.");
		assertThat(cleaned.tradeName()).isNull();
		assertThat(cleaned.taxId()).isEqualTo("B12345674");
		assertThat(cleaned.countryCode()).isEqualTo("ES");
		assertThat(cleaned.regionCode()).isEqualTo("N");
		assertThat(cleaned.address().countryCode()).isEqualTo("ES");
		assertThat(cleaned.billing().iban()).isEqualTo("ES9121000418450200051332");
		assertThat(cleaned.billing().language()).isEqualTo("es");
	}

	@Test
	void acceptsAValidSpanishCustomer() {
		assertThat(CustomerInput.check(valid(new Address("Calle Mayor 1", "28013", "Madrid", "Madrid", "ES"),
				new BillingData("f@x.test", 30, new BigDecimal("1000.00"), "ES9121000418450200051332", true, "en"))))
			.isEmpty();
	}

	@Test
	void checksPostalCodesOnlyForSpanishAddresses() {
		assertThat(fields(valid(new Address(null, "53001", null, null, "ES"), null))).containsExactly("address.postalCode");
		assertThat(fields(valid(new Address(null, "75001 CEDEX", null, null, "FR"), null))).isEmpty();
	}

	@Test
	void checksBillingFigures() {
		BillingData billing = new BillingData("no-mail", 400, new BigDecimal("-1"), "ES9121000418450200051333", false,
				"fr");
		assertThat(fields(valid(null, billing))).containsExactly("billing.invoiceEmail", "billing.paymentTermsDays",
				"billing.creditLimit", "billing.iban", "billing.language");
		assertThat(fields(valid(null, new BillingData(null, null, new BigDecimal("10.123"), null, false, null))))
			.containsExactly("billing.creditLimit");
	}

	@Test
	void expectsAVatNumberForOtherEuCountriesAndAnythingElsewhere() {
		CustomerData german = new CustomerData(CustomerKind.CUSTOMER, "GmbH", null, "B12345674", "DE", null, null, null,
				CustomerStatus.ACTIVE, null, null, null, null, null, null);
		assertThat(CustomerInput.check(CustomerInput.clean(german))).extracting(FieldError::messageKey)
			.containsExactly("customers.error.taxId.vatFormat");
		CustomerData american = new CustomerData(CustomerKind.CUSTOMER, "Inc.", null, "12-3456789", "US", null, null,
				null, CustomerStatus.ACTIVE, null, null, null, null, null, null);
		assertThat(CustomerInput.check(CustomerInput.clean(american))).isEmpty();
		CustomerData nowhere = new CustomerData(CustomerKind.CUSTOMER, "X", null, "12", "XX", null, null, null,
				CustomerStatus.ACTIVE, null, null, null, null, null, null);
		assertThat(fields(nowhere)).containsExactly("countryCode", "address.countryCode");
	}

	private static CustomerData valid(Address address, BillingData billing) {
		return CustomerInput.clean(new CustomerData(CustomerKind.CUSTOMER, "Ruiz S.L.", null, "12345678Z", "ES", null,
				null, null, CustomerStatus.ACTIVE, "info@ruiz.test", "+34 911 234 567", null, address, billing, null));
	}

	private static java.util.List<String> fields(CustomerData data) {
		return CustomerInput.check(CustomerInput.clean(data)).stream().map(FieldError::field).toList();
	}
}
