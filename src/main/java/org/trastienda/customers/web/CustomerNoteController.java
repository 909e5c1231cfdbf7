package org.trastienda.customers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;

/** Notes on the customer's timeline tab. */
@Controller
class CustomerNoteController {

	private static final String TAB = "timeline";

	private final CustomerArchive archive;

	private final CustomerPage page;

	CustomerNoteController(CustomerArchive archive, CustomerPage page) {
		this.archive = archive;
		this.page = page;
	}

	@PostMapping("/customers/{id}/notes")
	@PreAuthorize(ApiRules.WRITE)
	String add(@PathVariable Long id, @ModelAttribute("form") NoteForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response, () -> {
			archive.addNote(id, form.getBody());
			return page.saved(id, TAB, "customers.ui.note.added", null, model, request, response);
		}, () -> {
			page.open(id, TAB, model);
			return Htmx.isHtmx(request) ? CustomerPage.TABS_FRAGMENT : CustomerPage.PAGE;
		});
	}
}
