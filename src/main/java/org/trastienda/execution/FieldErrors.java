package org.trastienda.execution;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.trastienda.shared.FieldError;

/** Field errors whose message names the field by its label ({@code execution.field.<field>}) as first argument. */
final class FieldErrors {

	private FieldErrors() {
	}

	static FieldError of(String field, String messageKey, Object... more) {
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = new DefaultMessageSourceResolvable(new String[] { "execution.field." + field }, field);
		System.arraycopy(more, 0, arguments, 1, more.length);
		return new FieldError(field, messageKey, arguments);
	}
}
