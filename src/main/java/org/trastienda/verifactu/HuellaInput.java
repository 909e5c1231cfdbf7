package org.trastienda.verifactu;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fields a record's huella seals, as the exact strings hashed. The huella is SHA-256 over
 * {@code name=value} pairs joined by {@code &} (UTF-8, values trimmed and not URL-encoded), in the
 * order the AEAT fixes for each kind, written as 64 upper-case hex digits.
 *
 * @param issueDate dd-MM-yyyy
 * @param invoiceType, taxTotal, grossTotal only on an alta
 * @param previousHuella the previous record's huella; null (hashed as empty) on the first record
 * @param generatedAt FechaHoraHusoGenRegistro, ISO 8601 with offset
 */
record HuellaInput(RecordKind kind, String issuerTaxId, String seriesNumber, String issueDate, String invoiceType,
		String taxTotal, String grossTotal, String previousHuella, String generatedAt) {

	private static final HexFormat HEX = HexFormat.of().withUpperCase();

	/** The text hashed: {@code IDEmisorFactura=…&NumSerieFactura=…&…}. */
	String text() {
		return switch (kind) {
			case ALTA -> pairs("IDEmisorFactura", issuerTaxId, "NumSerieFactura", seriesNumber, "FechaExpedicionFactura",
					issueDate, "TipoFactura", invoiceType, "CuotaTotal", taxTotal, "ImporteTotal", grossTotal, "Huella",
					previousHuella, "FechaHoraHusoGenRegistro", generatedAt);
			case ANULACION -> pairs("IDEmisorFacturaAnulada", issuerTaxId, "NumSerieFacturaAnulada", seriesNumber,
					"FechaExpedicionFacturaAnulada", issueDate, "Huella", previousHuella, "FechaHoraHusoGenRegistro",
					generatedAt);
		};
	}

	String huella() {
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static String pairs(String... namesAndValues) {
		StringBuilder text = new StringBuilder(256);
		for (int index = 0; index < namesAndValues.length; index += 2) {
			String value = namesAndValues[index + 1];
			text.append(index == 0 ? "" : "&").append(namesAndValues[index]).append('=')
				.append(value == null ? "" : value.strip());
		}
		return text.toString();
	}
}
