package org.trastienda.documents;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** How the {@link CellReader}s read numbers, yes/no and the names of choices. */
final class CellTexts {

	static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("TRUE", true), Map.entry("FALSE", false),
			Map.entry("YES", true), Map.entry("NO", false), Map.entry("SI", true), Map.entry("VERDADERO", true),
			Map.entry("FALSO", false), Map.entry("1", true), Map.entry("0", false), Map.entry("X", true));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private CellTexts() {
	}

	/** The last comma or point is the decimal separator; the other one, spaces, {@code €} and {@code %} are dropped. */
	static BigDecimal decimal(String text) {
		String number = text.replace(" ", "").replace("\u00A0", "").replace("€", "").replace("%", "");
		int comma = number.lastIndexOf(',');
		int point = number.lastIndexOf('.');
		if (comma > point) {
			number = number.replace(".", "").replace(',', '.');
		}
		else if (comma >= 0) {
			number = number.replace(",", "");
		}
		try {
			return new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			throw new CellReader.Unreadable("documents.import.notANumber");
		}
	}

	/** A name without case, accents or compatibility forms: {@code Día} → {@code DIA}, {@code m²} → {@code M2}. */
	static String choiceKey(String name) {
		String stripped = name.strip();
		if (isPlainAscii(stripped)) {
			return stripped.toUpperCase(Locale.ROOT);
		}
		return MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFKD)).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/** Most cells are plain ASCII, which needs no normalising: an import reads tens of thousands. */
	private static boolean isPlainAscii(String text) {
		for (int index = 0; index < text.length(); index++) {
			if (text.charAt(index) >= 0x80) {
				return false;
			}
		}
		return true;
	}
}
