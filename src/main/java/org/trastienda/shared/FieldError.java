package org.trastienda.shared;

import java.util.List;

/**
 * One invalid field: its name as the API spells it, the message key, and the arguments for the
 * message. Resolved to text in the caller's language at the edge.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

	public FieldError(String field, String messageKey, Object... arguments) {
		this(field, messageKey, List.of(arguments));
	}
}
