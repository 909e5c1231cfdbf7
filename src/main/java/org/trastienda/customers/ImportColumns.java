package org.trastienda.customers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which customer field an import column holds. A header is the API field path ({@code legalName},
 * {@code address.city}, {@code billing.iban}) or one of its Spanish or English names
 * ({@code razonSocial}, {@code Razón social}, {@code ciudad}, {@code IBAN}); case, accents,
 * spaces, dots, dashes and underscores do not matter.
 */
final class ImportColumns {

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

	/** Columns an export writes that an import quietly skips. */
	private static final Set<String> IGNORED = Set.of("code", "codigo", "id", "version", "createdat", "updatedat");

	private static final Map<String, CustomerField> BY_NAME = byName();

	private ImportColumns() {
	}

	/** The file's columns: what each holds, those that hold nothing we know, those that repeat a field. */
	record Mapping(Map<String, CustomerField> fields, List<String> unknown, Map<String, CustomerField> repeated) {
	}

	static Mapping of(Iterable<String> headers) {
		Map<String, CustomerField> fields = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		Map<String, CustomerField> repeated = new LinkedHashMap<>();
		for (String header : headers) {
			String key = key(header);
			CustomerField field = BY_NAME.get(key);
			if (field != null && fields.containsValue(field)) {
				repeated.put(header, field);
			}
			else if (field != null) {
				fields.put(header, field);
			}
			else if (!IGNORED.contains(key)) {
				unknown.add(header);
			}
		}
		return new Mapping(fields, unknown, repeated);
	}

	/** A header reduced to lower-case letters and digits. */
	static String key(String header) {
		String withoutAccents = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static Map<String, CustomerField> byName() {
		Map<String, CustomerField> names = new HashMap<>();
		for (CustomerField field : CustomerField.values()) {
			names.put(key(field.path()), field);
			ALIASES.getOrDefault(field, List.of()).forEach(alias -> {
				CustomerField earlier = names.put(key(alias), field);
				if (earlier != null && earlier != field) {
					throw new IllegalStateException("import column " + alias + " names two fields");
				}
			});
		}
		return Map.copyOf(names);
	}
}
