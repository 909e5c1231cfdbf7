package org.trastienda.verifactu;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A record of the chain.
 *
 * @param kind {@code ALTA} or {@code ANULACION}
 * @param previousHuella the huella of the record before it in the issuer's chain; null for the first
 * @param generatedAt when the record was generated (FechaHoraHusoGenRegistro), to the second
 */
public record ChainRecordView(Long id, String issuerTaxId, String kind, String seriesNumber, LocalDate issueDate,
		String huella, String previousHuella, OffsetDateTime generatedAt, Long invoiceId) {
}
