package org.trastienda.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft invoice as a user writes it. Null means: {@code type} F1, {@code series} the default series
 * of the type's kind, {@code issueDate} the day it is issued, {@code operationDate} the issue date.
 * {@code contractId} is fixed once the draft exists; {@code requestId} names the invoice request the
 * draft answers (on creation only).
 */
public record InvoiceData(Long contractId, InvoiceType type, String series, LocalDate issueDate,
		LocalDate operationDate, Long rectifiesInvoiceId, String notes, List<InvoiceLineData> lines, Long requestId) {

	public InvoiceData {
		lines = lines == null ? List.of() : lines.stream()
			.map(line -> line == null ? new InvoiceLineData(null, null, null, null, null, null, null) : line)
			.toList();
	}
}
