package org.trastienda.customers.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
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
import org.trastienda.customers.CustomerAccess;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerFilter;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.customers.CustomerView;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;

/**
 * The customer pages: the list (live search, filters, sorting, paging), the customer page with
 * its tabs, and the form to register or edit a customer. The archive enforces scope and rights;
 * these pages only hide what the user cannot do.
 */
@Controller
@RequestMapping("/customers")
class CustomerController {

	private static final String RESULTS = "customers/partials/results :: results";

	private static final String FORM_PAGE = "customers/form";

	private static final String FORM = "customers/partials/form :: form";

	private final CustomerArchive archive;

	private final CustomerPage page;

	private final UserDirectory users;

	private final MessageSource messages;

	CustomerController(CustomerArchive archive, CustomerPage page, UserDirectory users, MessageSource messages) {
		this.archive = archive;
		this.page = page;
		this.users = users;
		this.messages = messages;
	}

	/** Empty inputs mean "none", as in the API. */
	@InitBinder
	void blankIsNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	@PreAuthorize(ApiRules.READ)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) CustomerKind kind,
			@RequestParam(required = false) String region, @RequestParam(required = false) String owner,
			@RequestParam(required = false) CustomerStatus status,
			@PageableDefault(size = 20, sort = "legalName") Pageable pageable, HttpServletRequest request,
			Model model) {
		CustomerFilter filter = new CustomerFilter(q, kind, region, owner, status);
		Page<CustomerView> customers = archive.search(filter, pageable);
		List<RegionView> regions = users.regions();
		List<UserSummary> owners = users.withRole(Role.SALES_REP, null);
		model.addAttribute("filter", filter);
		model.addAttribute("page", customers);
		model.addAttribute("list", ListQuery.of(request, customers.getSort()));
		model.addAttribute("kinds", CustomerKind.values());
		model.addAttribute("statuses", CustomerStatus.values());
		model.addAttribute("regions", regions);
		model.addAttribute("owners", owners);
		model.addAttribute("regionNames", byKey(regions, RegionView::code, RegionView::name));
		model.addAttribute("ownerNames", ownerNames(customers, owners));
		model.addAttribute("mayCreate", archive.mayCreate());
		model.addAttribute("mayImport", users.requireCurrent().hasAnyRole(Role.BACK_OFFICE, Role.ADMIN));
		return Htmx.isHtmx(request) ? RESULTS : "customers/list";
	}

	@GetMapping("/{id}")
	@PreAuthorize(ApiRules.READ)
	String detail(@PathVariable Long id, @RequestParam(defaultValue = "overview") String tab, Model model) {
		page.open(id, tab, model);
		return CustomerPage.PAGE;
	}

	@GetMapping("/{id}/tabs/{tab}")
	@PreAuthorize(ApiRules.READ)
	String tab(@PathVariable Long id, @PathVariable String tab, Model model) {
		page.open(id, tab, model);
		return CustomerPage.TABS_FRAGMENT;
	}

	@GetMapping("/new")
	@PreAuthorize(ApiRules.WRITE)
	String newCustomer(Model model) {
		if (!archive.mayCreate()) {
			throw new AccessDeniedException("may not create customers");
		}
		model.addAttribute("form", new CustomerForm());
		return form(null, null, model, FORM_PAGE);
	}

	@PostMapping
	@PreAuthorize(ApiRules.WRITE)
	String create(@ModelAttribute("form") CustomerForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response,
				() -> redirect(archive.create(form.toData()), "customers.ui.created", request, response),
				() -> form(null, null, model, Htmx.isHtmx(request) ? FORM : FORM_PAGE));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(ApiRules.EDIT_CUSTOMER)
	String edit(@PathVariable Long id, Model model) {
		CustomerView customer = archive.get(id);
		CustomerAccess access = editable(id);
		model.addAttribute("form", CustomerForm.of(customer));
		return form(customer, access, model, FORM_PAGE);
	}

	/** Finance changes the billing data only; what else the form posts is ignored and re-shown as stored. */
	@PostMapping("/{id}")
	@PreAuthorize(ApiRules.EDIT_CUSTOMER)
	String update(@PathVariable Long id, @ModelAttribute("form") CustomerForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		CustomerView customer = archive.get(id);
		CustomerAccess access = editable(id);
		if (!access.mayEditAll()) {
			form.keepAllButBillingOf(customer);
		}
		return Forms.submit(binding, model, response,
				() -> redirect(access.mayEditAll() ? archive.update(id, form.getVersion(), form.toData())
						: archive.updateBilling(id, form.getVersion(), form.getBilling().toBilling()),
						"customers.ui.saved", request, response),
				() -> form(customer, access, model, Htmx.isHtmx(request) ? FORM : FORM_PAGE));
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(ApiRules.WRITE)
	String archive(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
		return redirect(archive.archive(id), "customers.ui.archived", request, response);
	}

	private CustomerAccess editable(Long id) {
		CustomerAccess access = archive.accessTo(id);
		if (!access.mayEdit()) {
			throw new AccessDeniedException("may not edit customer " + id);
		}
		return access;
	}

	private String form(CustomerView customer, CustomerAccess access, Model model, String view) {
		CurrentUser user = users.requireCurrent();
		model.addAttribute("customer", customer);
		model.addAttribute("access", access);
		model.addAttribute("action", customer == null ? "/customers" : "/customers/" + customer.id());
		model.addAttribute("cancelUrl", customer == null ? "/customers" : "/customers/" + customer.id());
		model.addAttribute("kinds", CustomerKind.values());
		model.addAttribute("statuses", CustomerStatus.values());
		model.addAttribute("languages", List.of("es", "en"));
		model.addAttribute("regions", users.regions());
		model.addAttribute("owners", user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN)
				? users.withRole(Role.SALES_REP, null) : List.of());
		return view;
	}

	private String redirect(CustomerView customer, String messageKey, HttpServletRequest request,
			HttpServletResponse response) {
		return Htmx.redirect(request, response, "/customers/" + customer.id(), messages.getMessage(messageKey,
				new Object[] { customer.legalName() }, LocaleContextHolder.getLocale()));
	}

	/** Full names of the page's owners: the sales reps known already, anyone else looked up. */
	private Map<String, String> ownerNames(Page<CustomerView> customers, List<UserSummary> reps) {
		Map<String, String> names = new HashMap<>(byKey(reps, UserSummary::username, UserSummary::fullName));
		customers.getContent().stream()
			.map(CustomerView::ownerUsername)
			.filter(username -> username != null && !names.containsKey(username))
			.distinct()
			.forEach(username -> names.put(username,
					users.findByUsername(username).map(UserSummary::fullName).orElse(username)));
		return names;
	}

	private static <T> Map<String, String> byKey(List<T> items, Function<T, String> key, Function<T, String> value) {
		return items.stream().collect(Collectors.toMap(key, value, (first, second) -> first));
	}
}
