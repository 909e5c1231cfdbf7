package org.trastienda.fulfillment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.trastienda.documents.ImportPages;
import org.trastienda.documents.UploadForm;
import org.trastienda.fulfillment.Shipments;

/** Importing tracking updates in two steps, a checked preview then the import (see {@link ImportPages}). */
@Controller
@RequestMapping("/shipments/import")
class TrackingImportController {

	private final ImportPages pages;

	private final ImportPages.Page page;

	TrackingImportController(ImportPages pages, Shipments shipments) {
		this.pages = pages;
		this.page = new ImportPages.Page("/shipments/import", "/shipments", "fulfillment.nav.shipments",
				"fulfillment.import.heading", "fulfillment.import.help", "fulfillment.import.toList",
				shipments::importTracking);
	}

	@GetMapping
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String page(Model model) {
		return pages.show(page, model);
	}

	@PostMapping("/preview")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String preview(@ModelAttribute("upload") UploadForm upload, BindingResult binding, HttpSession session,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return pages.preview(page, upload, binding, session, model, request, response);
	}

	@PostMapping("/commit")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String commit(@ModelAttribute("upload") UploadForm upload, BindingResult binding, HttpSession session,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return pages.commit(page, binding, session, model, request, response);
	}
}
