package org.trastienda.catalog.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.trastienda.documents.CellReader;

/**
 * Reads a number typed in a form with a decimal comma or point ({@code 12,50}, {@code 1.234,5678}),
 * the way an imported cell reads; a text that is no number fails binding as a type mismatch.
 */
class DecimalEditor extends PropertyEditorSupport {

	private static final CellReader DECIMAL = CellReader.decimal();

	@Override
	public void setAsText(String text) {
		try {
			setValue(text == null ? null : DECIMAL.read(text.strip()));
		}
		catch (CellReader.Unreadable ex) {
			throw new IllegalArgumentException(ex.messageKey(), ex);
		}
	}

	@Override
	public String getAsText() {
		return getValue() instanceof BigDecimal number ? number.toPlainString() : "";
	}
}
