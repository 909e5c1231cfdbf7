package org.trastienda.billing.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.billing.CompanySettings;
import org.trastienda.billing.InvoiceRegister;
import org.trastienda.documents.Downloads;
import org.trastienda.documents.SpreadsheetFormat;

/** The register of issued invoices: a period (this month by default) and a series, on screen or as CSV/XLSX. */
@Controller
@RequestMapping("/reports/invoice-register")
class InvoiceRegisterController {

	private final InvoiceRegister register;

	private final CompanySettings settings;

	InvoiceRegisterController(InvoiceRegister register, CompanySettings settings) {
		this.register = register;
		this.settings = settings;
	}

	@GetMapping
	@PreAuthorize(AccessRules.OFFICE)
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String series, Model model) {
		LocalDate start = from != null ? from : register.monthStart();
		LocalDate end = to != null ? to : start.plusMonths(1).minusDays(1);
		model.addAttribute("register", register.report(start, end, series));
		model.addAttribute("seriesList", settings.series());
		return "billing/register";
	}

	@GetMapping("/export")
	@PreAuthorize(AccessRules.OFFICE)
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String series, @RequestParam(defaultValue = "csv") String format,
			HttpServletResponse response) {
		Downloads.send(register.export(from, to, series, SpreadsheetFormat.of(format)), response);
	}
}
