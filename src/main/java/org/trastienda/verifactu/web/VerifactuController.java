package org.trastienda.verifactu.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trastienda.verifactu.ChainVerification;
import org.trastienda.verifactu.VerifactuChain;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/** The administrator's page of the VERI*FACTU chain: its records, newest first, and a verification. */
@Controller
@RequestMapping("/admin/verifactu")
@PreAuthorize("hasRole('ADMIN')")
class VerifactuController {

	private static final Map<String, String> BY_ID = Map.of("id", "id");

	private final VerifactuChain chain;

	private final MessageSource messages;

	VerifactuController(VerifactuChain chain, MessageSource messages) {
		this.chain = chain;
		this.messages = messages;
	}

	@GetMapping
	String records(@RequestParam(required = false) String issuer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		Paging.Request paging = Paging.of(page, size, "id,desc", BY_ID, "id");
		model.addAttribute("page", chain.records(issuer, paging.pageable()));
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		model.addAttribute("issuers", chain.issuers());
		model.addAttribute("issuer", issuer);
		return Htmx.view(request, "verifactu/chain", "results");
	}

	/** Walks the whole chain: htmx swaps the outcome in, a plain request sees it on the page it returns to. */
	@GetMapping("/verification")
	String verification(HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
		ChainVerification verification = chain.verify();
		if (Htmx.isHtmx(request)) {
			model.addAttribute("verification", verification);
			return "verifactu/chain :: verification";
		}
		if (verification.valid()) {
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("verifactu.verification.valid", new Object[] { verification.records() }, locale));
		}
		else {
			redirect.addFlashAttribute("flashError", messages.getMessage("verifactu.verification.broken",
					new Object[] { verification.records(), verification.firstBrokenRecord() }, locale));
		}
		return "redirect:/admin/verifactu";
	}
}
