package org.trastienda.contracts.web;

import org.springframework.ui.Model;

/** The lines editor's answers to htmx: the rows again (one added or removed), or only the amounts. */
final class LinesEditor {

	static final String ROWS = "contracts/partials/lines :: lines";

	static final String AMOUNTS = "contracts/partials/lines :: amounts";

	private LinesEditor() {
	}

	static String rows(LinesForm form, boolean add, Integer remove, Model model, String linesUrl) {
		if (remove != null) {
			form.removeRow(remove);
		}
		if (add) {
			form.addRow();
		}
		model.addAttribute("linesUrl", linesUrl);
		model.addAttribute("preview", LinesPreview.of(form));
		return ROWS;
	}

	static String totals(LinesForm form, Model model) {
		model.addAttribute("preview", LinesPreview.of(form));
		return AMOUNTS;
	}
}
