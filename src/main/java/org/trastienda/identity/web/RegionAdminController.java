package org.trastienda.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.identity.Accounts;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/** The administrator's region pages: the list and the form. */
@Controller
@RequestMapping("/admin/regions")
@PreAuthorize("hasRole('ADMIN')")
class RegionAdminController {

	private static final String FORM = "identity/region-form";

	private final Accounts accounts;

	private final UserDirectory directory;

	private final MessageSource messages;

	RegionAdminController(Accounts accounts, UserDirectory directory, MessageSource messages) {
		this.accounts = accounts;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model, HttpServletRequest request) {
		Paging.Request paging = Paging.of(page, size, sort, SortableFields.REGIONS, "code");
		model.addAttribute("page", directory.regions(paging.pageable()));
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		return Htmx.view(request, "identity/region-list", "results");
	}

	@GetMapping("/new")
	String newRegion(Model model, HttpServletRequest request) {
		model.addAttribute("region", new RegionForm());
		return form(model, null, request);
	}

	@PostMapping
	String create(@ModelAttribute("region") RegionForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response, () -> {
			RegionView created = accounts.createRegion(form.getCode(), form.getName());
			return Htmx.redirect(request, response, "/admin/regions", text("identity.region.created", created.code()));
		}, () -> form(model, null, request));
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model, HttpServletRequest request) {
		RegionView region = directory.requireRegion(code);
		model.addAttribute("region", RegionForm.of(region));
		return form(model, region, request);
	}

	@PostMapping("/{code}")
	String rename(@PathVariable String code, @ModelAttribute("region") RegionForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		RegionView region = directory.requireRegion(code);
		form.setCode(code);
		return Forms.submit(binding, model, response, () -> {
			accounts.renameRegion(code, form.getName(), form.getVersion());
			return Htmx.redirect(request, response, "/admin/regions", text("form.saved"));
		}, () -> form(model, region, request));
	}

	/** The form page (or, for htmx, only the form) for a new region (existing null) or an existing one. */
	private static String form(Model model, RegionView existing, HttpServletRequest request) {
		model.addAttribute("existing", existing);
		return Htmx.view(request, FORM, "regionForm");
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
