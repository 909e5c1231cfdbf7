package org.trastienda.contracts;

/** Text as users type it, made comparable: trimmed, and blank meaning none. */
final class Texts {

	private Texts() {
	}

	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
