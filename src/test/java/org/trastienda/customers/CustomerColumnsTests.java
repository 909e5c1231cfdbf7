package org.trastienda.customers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trastienda.documents.ImportColumns;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerColumnsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"legalName, LEGAL_NAME", "razonSocial, LEGAL_NAME", "Razón social, LEGAL_NAME", "RAZON_SOCIAL, LEGAL_NAME",
			"Legal name, LEGAL_NAME", "nombreComercial, TRADE_NAME", "taxId, TAX_ID", "NIF, TAX_ID", "cif, TAX_ID",
			"NIF/CIF, TAX_ID", "pais, COUNTRY_CODE", "País, COUNTRY_CODE", "countryCode, COUNTRY_CODE",
			"address.countryCode, ADDRESS_COUNTRY_CODE", "paisDireccion, ADDRESS_COUNTRY_CODE",
			"address.city, CITY", "ciudad, CITY", "Población, CITY", "address.postalCode, POSTAL_CODE",
			"Código postal, POSTAL_CODE", "CP, POSTAL_CODE", "billing.iban, IBAN", "IBAN, IBAN",
			"billing.recargoEquivalencia, RECARGO_EQUIVALENCIA", "Recargo de equivalencia, RECARGO_EQUIVALENCIA",
			"limiteCredito, CREDIT_LIMIT", "Límite de crédito, CREDIT_LIMIT", "diasPago, PAYMENT_TERMS_DAYS",
			"idioma, LANGUAGE", "tipo, KIND", "estado, STATUS", "region, REGION_CODE", "comercial, OWNER_USERNAME",
			"Teléfono, PHONE", "correo, EMAIL", "notas, NOTES" })
	void mapsApiPathsAndSpanishAndEnglishNames(String header, CustomerField field) {
		assertThat(column(header).field()).isEqualTo(field);
	}

	@Test
	void reportsUnknownAndRepeatedColumnsAndSkipsExportOnlyOnes() {
		ImportColumns.Mapping<CustomerField> mapping = CustomerColumns.COLUMNS
			.map(List.of("code", "nif", "taxId", "colorFavorito", "legalName"));

		assertThat(mapping.columns()).containsOnlyKeys("nif", "legalName");
		assertThat(mapping.unknown()).containsExactly("colorFavorito");
		assertThat(mapping.repeated().get("taxId").field()).isEqualTo(CustomerField.TAX_ID);
	}

	@ParameterizedTest
	@CsvSource({ "cliente, CUSTOMER", "Distribuidor, DISTRIBUTOR", "SOCIO, PARTNER", "proveedor, SUPPLIER",
			"SUPPLIER, SUPPLIER" })
	void readsKindsInSpanishOrEnglish(String cell, CustomerKind kind) {
		assertThat(column("kind").reader().read(cell)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "activo, ACTIVE", "Bloqueado, BLOCKED", "ARCHIVED, ARCHIVED" })
	void readsStatusesInSpanishOrEnglish(String cell, CustomerStatus status) {
		assertThat(column("estado").reader().read(cell)).isEqualTo(status);
	}

	@Test
	void matchesCustomersOnTheNormalisedTaxId() {
		assertThat(CustomerColumns.COLUMNS.key().field()).isEqualTo(CustomerField.TAX_ID);
		assertThat(CustomerColumns.COLUMNS.keyOf(" b-12.345.678 ")).isEqualTo("B12345678");
		assertThat(CustomerColumns.COLUMNS.keyOf(" ")).isNull();
	}

	private static ImportColumns.Column<CustomerField> column(String header) {
		return CustomerColumns.COLUMNS.map(List.of(header)).columns().get(header);
	}
}
