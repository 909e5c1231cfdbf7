package org.trastienda.shared;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tax identification numbers: the Spanish NIF (DNI, NIE, CIF) with its check character, the EU
 * VAT number format of the other member states, and any non-empty value elsewhere.
 */
public final class TaxId {

	/** The outcome of checking a tax id. */
	public enum Check {
		VALID, MISSING, BAD_FORMAT, BAD_CHECK_CHARACTER;

		public boolean isValid() {
			return this == VALID;
		}
	}

	private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private static final Pattern DNI = Pattern.compile("\\d{8}[A-Z]");

	private static final Pattern NIE = Pattern.compile("[XYZ]\\d{7}[A-Z]");

	/** NIFs of Spaniards without a DNI: K (under 14), L (living abroad), M (foreigners without NIE). */
	private static final Pattern KLM = Pattern.compile("[KLM]\\d{7}[A-Z]");

	private static final Pattern CIF = Pattern.compile("[ABCDEFGHJNPQRSUVW]\\d{7}[0-9A-J]");

	private static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";

	/** Public bodies, foreign and non-profit entities: their CIF ends in a letter. */
	private static final String CIF_LETTER_CONTROL = "NPQRSW";

	/** Companies (S.A., S.L.), communities of goods and property owners: their CIF ends in a digit. */
	private static final String CIF_DIGIT_CONTROL = "ABEH";

	/** The national part of each EU member state's VAT number, after its prefix (Greece: EL). */
	private static final Map<String, Pattern> EU_VAT = Map.ofEntries(
			Map.entry("AT", Pattern.compile("ATU\\d{8}")),
			Map.entry("BE", Pattern.compile("BE[01]\\d{9}")),
			Map.entry("BG", Pattern.compile("BG\\d{9,10}")),
			Map.entry("CY", Pattern.compile("CY\\d{8}[A-Z]")),
			Map.entry("CZ", Pattern.compile("CZ\\d{8,10}")),
			Map.entry("DE", Pattern.compile("DE\\d{9}")),
			Map.entry("DK", Pattern.compile("DK\\d{8}")),
			Map.entry("EE", Pattern.compile("EE\\d{9}")),
			Map.entry("GR", Pattern.compile("EL\\d{9}")),
			Map.entry("FI", Pattern.compile("FI\\d{8}")),
			Map.entry("FR", Pattern.compile("FR[0-9A-HJ-NP-Z]{2}\\d{9}")),
			Map.entry("HR", Pattern.compile("HR\\d{11}")),
			Map.entry("HU", Pattern.compile("HU\\d{8}")),
			Map.entry("IE", Pattern.compile("IE(\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W])")),
			Map.entry("IT", Pattern.compile("IT\\d{11}")),
			Map.entry("LT", Pattern.compile("LT(\\d{9}|\\d{12})")),
			Map.entry("LU", Pattern.compile("LU\\d{8}")),
			Map.entry("LV", Pattern.compile("LV\\d{11}")),
			Map.entry("MT", Pattern.compile("MT\\d{8}")),
			Map.entry("NL", Pattern.compile("NL\\d{9}B\\d{2}")),
			Map.entry("PL", Pattern.compile("PL\\d{10}")),
			Map.entry("PT", Pattern.compile("PT\\d{9}")),
			Map.entry("RO", Pattern.compile("RO[1-9]\\d{1,9}")),
			Map.entry("SE", Pattern.compile("SE\\d{10}01")),
			Map.entry("SI", Pattern.compile("SI\\d{8}")),
			Map.entry("SK", Pattern.compile("SK\\d{10}")));

	private TaxId() {
	}

	/** Upper case without spaces, dashes, dots or slashes: the form we store and compare. */
	public static String normalize(String raw) {
		if (raw == null) {
			return null;
		}
		return raw.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
	}

	/** Whether the country is an EU member state other than Spain, so a VAT number is expected. */
	public static boolean isOtherEuCountry(String countryCode) {
		return countryCode != null && EU_VAT.containsKey(countryCode.toUpperCase(Locale.ROOT));
	}

	/** Checks a tax id for a party of the country (ISO 3166 alpha-2; null means Spain). */
	public static Check check(String countryCode, String raw) {
		String taxId = normalize(raw);
		if (taxId == null || taxId.isEmpty()) {
			return Check.MISSING;
		}
		String country = countryCode == null ? "ES" : countryCode.toUpperCase(Locale.ROOT);
		if (country.equals("ES")) {
			return checkSpanish(taxId);
		}
		Pattern vat = EU_VAT.get(country);
		if (vat != null) {
			return vat.matcher(taxId).matches() ? Check.VALID : Check.BAD_FORMAT;
		}
		return Check.VALID;
	}

	private static Check checkSpanish(String taxId) {
		if (DNI.matcher(taxId).matches()) {
			return letterMatches(taxId, Integer.parseInt(taxId.substring(0, 8)));
		}
		if (NIE.matcher(taxId).matches()) {
			int prefix = "XYZ".indexOf(taxId.charAt(0));
			return letterMatches(taxId, Integer.parseInt(prefix + taxId.substring(1, 8)));
		}
		if (KLM.matcher(taxId).matches()) {
			return letterMatches(taxId, Integer.parseInt(taxId.substring(1, 8)));
		}
		if (CIF.matcher(taxId).matches()) {
			return checkCif(taxId);
		}
		return Check.BAD_FORMAT;
	}

	private static Check letterMatches(String taxId, int number) {
		char expected = DNI_LETTERS.charAt(number % 23);
		return taxId.charAt(taxId.length() - 1) == expected ? Check.VALID : Check.BAD_CHECK_CHARACTER;
	}

	private static Check checkCif(String cif) {
		char type = cif.charAt(0);
		String digits = cif.substring(1, 8);
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(i) - '0';
			if (i % 2 == 0) {
				int doubled = digit * 2;
				sum += doubled / 10 + doubled % 10;
			}
			else {
				sum += digit;
			}
		}
		int controlDigit = (10 - sum % 10) % 10;
		char control = cif.charAt(8);
		boolean letterOk = control == CIF_CONTROL_LETTERS.charAt(controlDigit);
		boolean digitOk = control == (char) ('0' + controlDigit);
		boolean matches;
		if (CIF_LETTER_CONTROL.indexOf(type) >= 0 || digits.startsWith("00")) {
			matches = letterOk;
		}
		else if (CIF_DIGIT_CONTROL.indexOf(type) >= 0) {
			matches = digitOk;
		}
		else {
			matches = letterOk || digitOk;
		}
		return matches ? Check.VALID : Check.BAD_CHECK_CHARACTER;
	}
}
