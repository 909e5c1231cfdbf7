package org.trastienda.documents;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the text of an imported cell as a column's value: text, numbers with a decimal comma or
 * point, whole numbers, yes/no in Spanish or English, or one of a set of named choices. An empty
 * cell is absent (null), except a yes/no cell, which is no.
 */
@FunctionalInterface
public interface CellReader {

	/**
	 * The value of the cell's text (stripped of surrounding blanks; {@code ""} when empty).
	 *
	 * @throws Unreadable naming the message key when the text is no value of the column's type
	 */
	Object read(String text);

	/** The text as it is; null when empty. */
	static CellReader text() {
		return text -> text.isEmpty() ? null : text;
	}

	/** {@code 1500.5}, {@code 1500,5}, {@code 1.500,50}, {@code 1,500.50} and {@code 1 500,50 €} all read as 1500.50; a {@code %} is ignored. */
	static CellReader decimal() {
		return text -> text.isEmpty() ? null : CellTexts.decimal(text);
	}

	/** A whole number, also when written with zero decimals ({@code 60.0}). */
	static CellReader wholeNumber() {
		return text -> {
			if (text.isEmpty()) {
				return null;
			}
			try {
				return CellTexts.decimal(text).intValueExact();
			}
			catch (ArithmeticException | Unreadable ex) {
				throw new Unreadable("documents.import.notAWholeNumber");
			}
		};
	}

	/** Yes ({@code sí}, {@code x}, {@code 1}, {@code true}, {@code verdadero}) or no ({@code no}, {@code 0}, {@code false}, empty). */
	static CellReader yesNo() {
		CellReader choice = choice(CellTexts.YES_NO);
		return text -> text.isEmpty() ? Boolean.FALSE : choice.read(text);
	}

	/**
	 * One of the named values. Names match without regard to case, accents or compatibility forms
	 * ({@code m²} is {@code M2}), so {@code Día}, {@code dia} and {@code DÍA} name the same choice.
	 */
	static CellReader choice(Map<String, ?> valuesByName) {
		Map<String, Object> byKey = new HashMap<>();
		valuesByName.forEach((name, value) -> byKey.put(CellTexts.choiceKey(name), value));
		return text -> {
			if (text.isEmpty()) {
				return null;
			}
			Object value = byKey.get(CellTexts.choiceKey(text));
			if (value == null) {
				throw new Unreadable("documents.import.badChoice");
			}
			return value;
		};
	}

	/** A cell whose text is no value of its column; the message key says why. */
	final class Unreadable extends RuntimeException {

		private final String messageKey;

		public Unreadable(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}
}
