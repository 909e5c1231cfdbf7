package org.trastienda.shared;

import java.util.Locale;

import org.iban4j.IbanUtil;

/** International bank account numbers, checked by country format and check digits. */
public final class Iban {

	private Iban() {
	}

	/** Upper case without spaces or dashes: the form we store. */
	public static String normalize(String raw) {
		if (raw == null) {
			return null;
		}
		return raw.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

	/** Whether the IBAN has its country's length and structure and a correct checksum. */
	public static boolean isValid(String raw) {
		String iban = normalize(raw);
		return iban != null && !iban.isEmpty() && IbanUtil.isValid(iban);
	}
}
