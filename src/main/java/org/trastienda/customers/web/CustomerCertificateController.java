package org.trastienda.customers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.trastienda.customers.CertificateView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.web.Forms;

/** A customer's certificates tab: add and edit licences and certificates (the archive checks who may). */
@Controller
@RequestMapping("/customers/{id}/certificates")
class CustomerCertificateController {

	private static final String TAB = "certificates";

	private static final String FORM = "customers/partials/certificate-form :: form";

	private final CustomerArchive archive;

	private final CustomerPage page;

	CustomerCertificateController(CustomerArchive archive, CustomerPage page) {
		this.archive = archive;
		this.page = page;
	}

	@GetMapping("/new")
	@PreAuthorize(ApiRules.WRITE)
	String newCertificate(@PathVariable Long id, Model model, HttpServletRequest request) {
		return form(id, null, new CertificateForm(), model, request);
	}

	@GetMapping("/{certificateId}/edit")
	@PreAuthorize(ApiRules.WRITE)
	String edit(@PathVariable Long id, @PathVariable Long certificateId, Model model, HttpServletRequest request) {
		return form(id, certificateId, CertificateForm.of(archive.certificate(id, certificateId)), model, request);
	}

	@PostMapping
	@PreAuthorize(ApiRules.WRITE)
	String add(@PathVariable Long id, @ModelAttribute("form") CertificateForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response,
				() -> saved(id, archive.addCertificate(id, form.toData()), model, request, response),
				() -> form(id, null, form, model, request));
	}

	@PostMapping("/{certificateId}")
	@PreAuthorize(ApiRules.WRITE)
	String update(@PathVariable Long id, @PathVariable Long certificateId, @ModelAttribute("form") CertificateForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response,
				() -> saved(id, archive.updateCertificate(id, certificateId, form.getVersion(), form.toData()), model, request, response),
				() -> form(id, certificateId, form, model, request));
	}

	private String saved(Long id, CertificateView certificate, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return page.saved(id, TAB, "customers.ui.certificate.saved", certificate.type(), model, request, response);
	}

	private String form(Long id, Long certificateId, CertificateForm form, Model model, HttpServletRequest request) {
		model.addAttribute("form", form);
		model.addAttribute("action",
				"/customers/" + id + "/certificates" + (certificateId == null ? "" : "/" + certificateId));
		return page.form(id, TAB, FORM, model, request);
	}
}
