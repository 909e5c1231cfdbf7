package org.trastienda.billing;

import java.util.List;

/**
 * One thing the pre-check found in a draft; {@code messageKey} and {@code arguments} are resolved in
 * the reader's language at the edge.
 *
 * @param lineId the invoice line it is about, or null for the whole invoice
 */
public record Finding(FindingCode code, Long lineId, String messageKey, List<Object> arguments) {

	public Finding(FindingCode code, Long lineId, String messageKey, Object... arguments) {
		this(code, lineId, messageKey, List.of(arguments));
	}

	public Severity severity() {
		return code.severity();
	}

	public boolean blocking() {
		return severity() == Severity.BLOCKING;
	}

	/** How an override names the finding it covers: code and line. */
	String key() {
		return code + ":" + (lineId == null ? "" : lineId);
	}
}
