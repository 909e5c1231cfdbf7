package org.trastienda.catalog.web;

import java.math.BigDecimal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.catalog.Catalog;
import org.trastienda.catalog.ProductFilter;
import org.trastienda.catalog.ProductUnit;
import org.trastienda.catalog.ProductView;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/**
 * The catalogue pages: the list (live search, category and active filters, sorting, paging,
 * export), a product with its history, and the form to add or edit a product.
 */
@Controller
@RequestMapping("/products")
class ProductController {

	private static final String LIST = "catalog/list";

	private static final String DETAIL = "catalog/detail";

	private static final String FORM = "catalog/form";

	private final Catalog catalog;

	private final MessageSource messages;

	ProductController(Catalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	/** Empty inputs mean "none", as in the API; numbers take a decimal comma or point. */
	@InitBinder
	void binding(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
	}

	@GetMapping
	@PreAuthorize(CatalogRules.READ)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			HttpServletRequest request, Model model) {
		Paging.Request paging = Paging.of(page, size, sort, CatalogRules.SORTABLE, CatalogRules.DEFAULT_SORT);
		ProductFilter filter = new ProductFilter(q, category, active);
		Page<ProductView> products = catalog.search(filter, paging.pageable());
		model.addAttribute("filter", filter);
		model.addAttribute("page", products);
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		model.addAttribute("categories", catalog.categories());
		model.addAttribute("mayWrite", catalog.mayWrite());
		return Htmx.view(request, LIST, "results");
	}

	@GetMapping("/{id}")
	@PreAuthorize(CatalogRules.READ)
	String detail(@PathVariable Long id, Model model) {
		model.addAttribute("product", catalog.get(id));
		model.addAttribute("history", catalog.history(id));
		model.addAttribute("mayWrite", catalog.mayWrite());
		return DETAIL;
	}

	@GetMapping("/new")
	@PreAuthorize(CatalogRules.WRITE)
	String newProduct(Model model, HttpServletRequest request) {
		model.addAttribute("productForm", new ProductForm());
		return form(null, model, request);
	}

	@PostMapping
	@PreAuthorize(CatalogRules.WRITE)
	String create(@ModelAttribute("productForm") ProductForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response,
				() -> saved(catalog.create(form.toData()), "catalog.ui.created", request, response),
				() -> form(null, model, request));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(CatalogRules.WRITE)
	String edit(@PathVariable Long id, Model model, HttpServletRequest request) {
		ProductView product = catalog.get(id);
		model.addAttribute("productForm", ProductForm.of(product));
		return form(product, model, request);
	}

	@PostMapping("/{id}")
	@PreAuthorize(CatalogRules.WRITE)
	String update(@PathVariable Long id, @ModelAttribute("productForm") ProductForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		ProductView product = catalog.get(id);
		return Forms.submit(binding, model, response,
				() -> saved(catalog.update(id, form.getVersion(), form.toData()), "catalog.ui.saved", request,
						response),
				() -> form(product, model, request));
	}

	/** The form page (or, for htmx, only the form) for a new product (null) or an existing one. */
	private String form(ProductView product, Model model, HttpServletRequest request) {
		model.addAttribute("product", product);
		model.addAttribute("units", ProductUnit.values());
		model.addAttribute("vatRates", catalog.vatRates());
		model.addAttribute("categories", catalog.categories());
		return Htmx.view(request, FORM, "productForm");
	}

	private String saved(ProductView product, String messageKey, HttpServletRequest request,
			HttpServletResponse response) {
		return Htmx.redirect(request, response, "/products/" + product.id(), messages.getMessage(messageKey,
				new Object[] { product.sku(), product.name() }, LocaleContextHolder.getLocale()));
	}
}
