package org.trastienda.catalog.web;

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
import org.trastienda.catalog.Catalog;
import org.trastienda.documents.ImportPages;
import org.trastienda.documents.UploadForm;

/** Importing products in two steps, a checked preview then the import (see {@link ImportPages}). */
@Controller
@RequestMapping("/products/import")
class ProductImportController {

	private final ImportPages pages;

	private final ImportPages.Page page;

	ProductImportController(ImportPages pages, Catalog catalog) {
		this.pages = pages;
		this.page = new ImportPages.Page("/products/import", "/products", "nav.catalog", "catalog.ui.import.heading",
				"catalog.ui.import.help", "catalog.ui.import.toList", catalog::importProducts);
	}

	@GetMapping
	@PreAuthorize(CatalogRules.WRITE)
	String page(Model model) {
		return pages.show(page, model);
	}

	@PostMapping("/preview")
	@PreAuthorize(CatalogRules.WRITE)
	String preview(@ModelAttribute("upload") UploadForm upload, BindingResult binding, HttpSession session,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return pages.preview(page, upload, binding, session, model, request, response);
	}

	@PostMapping("/commit")
	@PreAuthorize(CatalogRules.WRITE)
	String commit(@ModelAttribute("upload") UploadForm upload, BindingResult binding, HttpSession session,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return pages.commit(page, binding, session, model, request, response);
	}
}
