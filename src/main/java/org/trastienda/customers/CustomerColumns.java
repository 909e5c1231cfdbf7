package org.trastienda.customers;

import java.util.List;
import java.util.Map;

import org.trastienda.documents.CellReader;
import org.trastienda.documents.ImportColumns;
import org.trastienda.shared.TaxId;

/**
 * The columns of a customer import: every {@link CustomerField} by its API path or its Spanish or
 * English names ({@code razonSocial}, {@code Razón social}, {@code ciudad}, {@code IBAN}); kinds
 * and statuses by their API or Spanish names. Rows match stored customers on the tax id.
 */
final class CustomerColumns {

	/** Alternative names of each field, besides its API path. */
	private static final Map<CustomerField, List<String>> ALIASES = Map.ofEntries(
			Map.entry(CustomerField.KIND, List.of("tipo", "clase")),
			Map.entry(CustomerField.LEGAL_NAME, List.of("razonSocial", "nombreFiscal", "denominacionSocial")),
			Map.entry(CustomerField.TRADE_NAME, List.of("nombreComercial", "marca")),
			Map.entry(CustomerField.TAX_ID, List.of("nif", "cif", "nie", "nifCif", "numeroIva", "vat", "vatNumber")),
			Map.entry(CustomerField.COUNTRY_CODE, List.of("pais", "country", "codigoPais")),
			Map.entry(CustomerField.SEGMENT, List.of("segmento", "sector")),
			Map.entry(CustomerField.REGION_CODE, List.of("region", "codigoRegion", "zona")),
			Map.entry(CustomerField.OWNER_USERNAME, List.of("owner", "comercial", "responsable", "propietario")),
			Map.entry(CustomerField.STATUS, List.of("estado")),
			Map.entry(CustomerField.EMAIL, List.of("correo", "correoElectronico", "mail")),
			Map.entry(CustomerField.PHONE, List.of("telefono")),
			Map.entry(CustomerField.WEBSITE, List.of("web", "sitioWeb", "paginaWeb")),
			Map.entry(CustomerField.STREET, List.of("street", "direccion", "calle", "domicilio")),
			Map.entry(CustomerField.POSTAL_CODE, List.of("postalCode", "codigoPostal", "cp")),
			Map.entry(CustomerField.CITY, List.of("city", "ciudad", "poblacion", "localidad", "municipio")),
			Map.entry(CustomerField.PROVINCE, List.of("province", "provincia")),
			Map.entry(CustomerField.ADDRESS_COUNTRY_CODE, List.of("paisDireccion")),
			Map.entry(CustomerField.INVOICE_EMAIL, List.of("invoiceEmail", "emailFacturacion", "correoFacturacion")),
			Map.entry(CustomerField.PAYMENT_TERMS_DAYS,
					List.of("paymentTermsDays", "plazoPago", "diasPago", "plazoDePago", "diasDePago")),
			Map.entry(CustomerField.CREDIT_LIMIT, List.of("creditLimit", "limiteCredito", "limiteDeCredito", "riesgo")),
			Map.entry(CustomerField.IBAN, List.of("iban", "cuentaBancaria")),
			Map.entry(CustomerField.RECARGO_EQUIVALENCIA, List.of("recargoEquivalencia", "recargoDeEquivalencia")),
			Map.entry(CustomerField.LANGUAGE, List.of("language", "idioma", "idiomaFacturacion")),
			Map.entry(CustomerField.NOTES, List.of("notas", "observaciones", "comentarios")));

	private static final Map<String, CustomerKind> KINDS = Map.of("CUSTOMER", CustomerKind.CUSTOMER, "CLIENTE",
			CustomerKind.CUSTOMER, "DISTRIBUTOR", CustomerKind.DISTRIBUTOR, "DISTRIBUIDOR", CustomerKind.DISTRIBUTOR,
			"PARTNER", CustomerKind.PARTNER, "SOCIO", CustomerKind.PARTNER, "SUPPLIER", CustomerKind.SUPPLIER,
			"PROVEEDOR", CustomerKind.SUPPLIER);

	private static final Map<String, CustomerStatus> STATUSES = Map.of("ACTIVE", CustomerStatus.ACTIVE, "ACTIVO",
			CustomerStatus.ACTIVE, "BLOCKED", CustomerStatus.BLOCKED, "BLOQUEADO", CustomerStatus.BLOCKED, "ARCHIVED",
			CustomerStatus.ARCHIVED, "ARCHIVADO", CustomerStatus.ARCHIVED);

	static final ImportColumns<CustomerField> COLUMNS = columns();

	private CustomerColumns() {
	}

	private static ImportColumns<CustomerField> columns() {
		ImportColumns.Builder<CustomerField> columns = ImportColumns.labelledBy("customers.field.");
		for (CustomerField field : CustomerField.values()) {
			columns.column(field, field.path(), reader(field.type()),
					ALIASES.getOrDefault(field, List.of()).toArray(String[]::new));
		}
		return columns.ignoring("code", "id", "version", "createdAt", "updatedAt")
			.matchedOn(CustomerField.TAX_ID, TaxId::normalize)
			.build();
	}

	private static CellReader reader(CustomerField.Type type) {
		return switch (type) {
			case TEXT -> CellReader.text();
			case KIND -> CellReader.choice(KINDS);
			case STATUS -> CellReader.choice(STATUSES);
			case BOOLEAN -> CellReader.yesNo();
			case INTEGER -> CellReader.wholeNumber();
			case DECIMAL -> CellReader.decimal();
		};
	}
}
