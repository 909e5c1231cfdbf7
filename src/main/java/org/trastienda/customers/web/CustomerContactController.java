package org.trastienda.customers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.trastienda.customers.ContactView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.web.Forms;

/** A customer's contacts tab: add, edit and remove contact persons (the archive checks who may). */
@Controller
@RequestMapping("/customers/{id}/contacts")
class CustomerContactController {

	private static final String TAB = "contacts";

	private static final String FORM = "customers/partials/contact-form :: form";

	private final CustomerArchive archive;

	private final CustomerPage page;

	CustomerContactController(CustomerArchive archive, CustomerPage page) {
		this.archive = archive;
		this.page = page;
	}

	@GetMapping("/new")
	@PreAuthorize(ApiRules.WRITE)
	String newContact(@PathVariable Long id, Model model, HttpServletRequest request) {
		return form(id, null, new ContactForm(), model, request);
	}

	@GetMapping("/{contactId}/edit")
	@PreAuthorize(ApiRules.WRITE)
	String edit(@PathVariable Long id, @PathVariable Long contactId, Model model, HttpServletRequest request) {
		return form(id, contactId, ContactForm.of(archive.contact(id, contactId)), model, request);
	}

	@PostMapping
	@PreAuthorize(ApiRules.WRITE)
	String add(@PathVariable Long id, @ModelAttribute("form") ContactForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response,
				() -> saved(id, archive.addContact(id, form.toData()), model, request, response),
				() -> form(id, null, form, model, request));
	}

	@PostMapping("/{contactId}")
	@PreAuthorize(ApiRules.WRITE)
	String update(@PathVariable Long id, @PathVariable Long contactId, @ModelAttribute("form") ContactForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response,
				() -> saved(id, archive.updateContact(id, contactId, form.getVersion(), form.toData()), model, request, response),
				() -> form(id, contactId, form, model, request));
	}

	@DeleteMapping("/{contactId}")
	@PreAuthorize(ApiRules.WRITE)
	String remove(@PathVariable Long id, @PathVariable Long contactId, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ContactView contact = archive.contact(id, contactId);
		archive.removeContact(id, contactId);
		return page.saved(id, TAB, "customers.ui.contact.removed", contact.name(), model, request, response);
	}

	private String saved(Long id, ContactView contact, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return page.saved(id, TAB, "customers.ui.contact.saved", contact.name(), model, request, response);
	}

	private String form(Long id, Long contactId, ContactForm form, Model model, HttpServletRequest request) {
		model.addAttribute("form", form);
		model.addAttribute("action",
				"/customers/" + id + "/contacts" + (contactId == null ? "" : "/" + contactId));
		return page.form(id, TAB, FORM, model, request);
	}
}
