package org.trastienda.billing.web;

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
import org.trastienda.billing.CompanySettings;
import org.trastienda.billing.SeriesKind;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;

/** The invoicing settings page: the issuer's data and defaults, and the invoice series. */
@Controller
@RequestMapping("/admin/invoicing")
class BillingAdminController {

	private static final String PAGE = "billing/settings";

	private final CompanySettings settings;

	private final Outcomes outcomes;

	BillingAdminController(CompanySettings settings, Outcomes outcomes) {
		this.settings = settings;
		this.outcomes = outcomes;
	}

	@GetMapping
	@PreAuthorize(AccessRules.ADMIN)
	String page(Model model) {
		model.addAttribute("companyForm", CompanyForm.of(settings.company()));
		model.addAttribute("seriesForm", new SeriesForm());
		return page(model, PAGE);
	}

	@PostMapping("/company")
	@PreAuthorize(AccessRules.ADMIN)
	String company(@ModelAttribute("companyForm") CompanyForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("seriesForm", new SeriesForm());
		return Forms.submit(binding, model, response, () -> {
			settings.updateCompany(form.getVersion(), form.toData());
			return Htmx.redirect(request, response, "/admin/invoicing", outcomes.text("billing.ui.saved"));
		}, () -> page(model, PAGE));
	}

	@PostMapping("/series")
	@PreAuthorize(AccessRules.ADMIN)
	String addSeries(@ModelAttribute("seriesForm") SeriesForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("companyForm", CompanyForm.of(settings.company()));
		return Forms.submit(binding, model, response, () -> {
			settings.addSeries(form.toData());
			return Htmx.redirect(request, response, "/admin/invoicing", outcomes.text("billing.ui.seriesAdded"));
		}, () -> page(model, PAGE));
	}

	@PostMapping("/series/{id}")
	@PreAuthorize(AccessRules.ADMIN)
	String updateSeries(@PathVariable Long id, @ModelAttribute SeriesForm form, HttpServletRequest request,
			HttpServletResponse response) {
		return outcomes.act(() -> {
			settings.updateSeries(id, form.getVersion(), form.toData());
			return "/admin/invoicing";
		}, "/admin/invoicing", "billing.ui.saved", request, response);
	}

	private String page(Model model, String view) {
		model.addAttribute("series", settings.series());
		model.addAttribute("kinds", SeriesKind.values());
		return view;
	}
}
