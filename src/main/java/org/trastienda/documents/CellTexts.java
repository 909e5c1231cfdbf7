package org.trastienda.documents;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** How the {@link CellReader}s read numbers, yes/no and the names of choices. */
final class CellTexts {

	static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("TRUE", true), Map.entry("FALSE", false),
			Map.entry("YES", true), Map.entry("NO", false), Map.entry("SI", true), Map.entry("VERDADERO", true),
			Map.entry("FALSO", false), Map.entry("1", true), Map.entry("0", false), Map.entry("X", true));

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
		return Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
	}
}
