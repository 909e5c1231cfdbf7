package org.trastienda.demo;

import java.util.Random;

import org.iban4j.CountryCode;
import org.iban4j.Iban;

/** Spanish tax ids and bank accounts with correct check characters, drawn from a seeded random. */
final class SpanishIds {

	private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private static final String CIF_LETTERS = "JABCDEFGHI";

	private static final int[] BANK_WEIGHTS = { 1, 2, 4, 8, 5, 10, 9, 7, 3, 6 };

	/** Real Spanish bank codes (Santander, BBVA, CaixaBank, Sabadell, Bankinter, Unicaja, Ibercaja, Kutxabank). */
	private static final String[] BANKS = { "0049", "0182", "2100", "0081", "0128", "2103", "2085", "2095" };

	private final Random random;

	SpanishIds(Random random) {
		this.random = random;
	}

	/**
	 * A company's CIF: S.A. ({@code A}) or S.L. ({@code B}), the province code of its registered
	 * office (never 00, which non-residents carry), five digits, numeric control.
	 */
	String cif(char entityLetter, String provinceCode) {
		String digits = provinceCode + digits(5);
		return entityLetter + digits + cifControl(digits, entityLetter);
	}

	/** A person's NIF (DNI number and letter), as sole traders use. */
	String nif() {
		int number = 10_000_000 + random.nextInt(89_999_999);
		return String.valueOf(number) + NIF_LETTERS.charAt(number % 23);
	}

	/** A foreign resident's NIE: X, Y or Z, seven digits, letter. */
	String nie() {
		int prefix = random.nextInt(3);
		String digits = digits(7);
		int number = Integer.parseInt(prefix + digits);
		return "XYZ".charAt(prefix) + digits + NIF_LETTERS.charAt(number % 23);
	}

	/** A Spanish IBAN with the national control digits and the IBAN checksum. */
	String iban() {
		String bank = BANKS[random.nextInt(BANKS.length)];
		String branch = digits(4);
		String account = digits(10);
		String control = "" + bankControl("00" + bank + branch) + bankControl(account);
		return new Iban.Builder().countryCode(CountryCode.ES)
			.bankCode(bank)
			.branchCode(branch)
			.nationalCheckDigit(control)
			.accountNumber(account)
			.build()
			.toString();
	}

	static char cifControl(String sevenDigits, char entityLetter) {
		int sum = 0;
		for (int i = 0; i < 7; i++) {
			int digit = sevenDigits.charAt(i) - '0';
			if (i % 2 == 0) {
				int doubled = digit * 2;
				sum += doubled / 10 + doubled % 10;
			}
			else {
				sum += digit;
			}
		}
		int control = (10 - sum % 10) % 10;
		return "PQRSNW".indexOf(entityLetter) >= 0 ? CIF_LETTERS.charAt(control) : (char) ('0' + control);
	}

	static int bankControl(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += (tenDigits.charAt(i) - '0') * BANK_WEIGHTS[i];
		}
		int control = 11 - sum % 11;
		return control == 11 ? 0 : control == 10 ? 1 : control;
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}
}
