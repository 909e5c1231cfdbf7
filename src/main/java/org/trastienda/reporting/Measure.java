package org.trastienda.reporting;

import org.trastienda.shared.InvalidInputException;

/** A figure of the contract statistics whose contracts can be listed (drill-down). */
public enum Measure {
	SIGNED, EXECUTED, INVOICED, COLLECTED, LATE;

	/**
	 * The measure named in lower case ({@code signed}, {@code executed}, …).
	 *
	 * @throws InvalidInputException on field {@code measure} for any other name
	 */
	public static Measure parse(String name) {
		return EnumNames.parse(Measure.class, name, "measure", "reporting.error.measure");
	}

	/** The name as the page parameters spell it. */
	public String value() {
		return EnumNames.value(this);
	}
}
