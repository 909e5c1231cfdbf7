package org.trastienda.contracts;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments translated with the message: a field's name, a status, an action. */
final class Labels {

	private Labels() {
	}

	/** The text of a key in the reader's language, e.g. {@code contracts.status.DRAFT}. */
	static MessageSourceResolvable of(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments, key);
	}

	/** A field's translated name ({@code contracts.field.<path>}). */
	static MessageSourceResolvable field(String path) {
		return of("contracts.field." + path);
	}

	static MessageSourceResolvable status(ContractStatus status) {
		return of("contracts.status." + status);
	}

	static MessageSourceResolvable action(ContractAction action) {
		return of("contracts.action." + action);
	}
}
