package org.trastienda.contracts.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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
import org.trastienda.contracts.ContractAccess;
import org.trastienda.contracts.ContractFilter;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerFilter;
import org.trastienda.customers.CustomerView;
import org.trastienda.documents.Downloads;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.NotFoundException;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/**
 * The contract pages: the list (search, filters, sorting, paging, export), the draft form with its
 * lines editor (rows added and removed, amounts computed by the server as they are typed), the
 * contract page with its tabs, and the submit, cancel and complete buttons. The service enforces
 * scope, rights and the status machine; these pages only hide what the user cannot do.
 */
@Controller
@RequestMapping("/contracts")
class ContractController {

	private static final String FORM_PAGE = "contracts/form";

	private static final String FORM = "contracts/partials/form :: form";

	private final Contracts contracts;

	private final ContractPage page;

	private final CustomerArchive parties;

	private final UserDirectory users;

	ContractController(Contracts contracts, ContractPage page, CustomerArchive parties, UserDirectory users) {
		this.contracts = contracts;
		this.page = page;
		this.parties = parties;
		this.users = users;
	}

	@GetMapping
	@PreAuthorize(AccessRules.READ)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ContractKind kind,
			@RequestParam(required = false) ContractStatus status, @RequestParam(required = false) Long partyId,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
		Paging.Request paging = Paging.of(page, size, sort, AccessRules.SORT_FIELDS, AccessRules.DEFAULT_SORT);
		ContractFilter filter = new ContractFilter(q, kind, status, partyId, owner, region, signedFrom, signedTo);
		model.addAttribute("filter", filter);
		model.addAttribute("page", contracts.search(filter, paging.pageable()));
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		model.addAttribute("kinds", ContractKind.values());
		model.addAttribute("statuses", ContractStatus.values());
		model.addAttribute("regions", users.regions());
		model.addAttribute("owners", users.withRole(Role.SALES_REP, null));
		model.addAttribute("mayCreate", contracts.mayCreate());
		return Htmx.isHtmx(request) ? "contracts/partials/results :: results" : "contracts/list";
	}

	@GetMapping("/export")
	@PreAuthorize(AccessRules.READ)
	void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) ContractKind kind, @RequestParam(required = false) ContractStatus status,
			@RequestParam(required = false) Long partyId, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedTo,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		Sort order = Paging.of(0, 1, sort, AccessRules.SORT_FIELDS, AccessRules.DEFAULT_SORT).sort();
		var export = contracts.export(new ContractFilter(q, kind, status, partyId, owner, region, signedFrom, signedTo),
				order, SpreadsheetFormat.of(format));
		Downloads.headers(export.filename(), export.format().mediaType())
			.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		export.writeTo(response.getOutputStream());
	}

	@GetMapping("/new")
	@PreAuthorize(AccessRules.WRITE)
	String newContract(@RequestParam(required = false) ContractKind kind, @RequestParam(required = false) Long partyId,
			Model model) {
		if (!contracts.mayCreate()) {
			throw new AccessDeniedException("may not draft contracts");
		}
		model.addAttribute("form", ContractForm.blank(kind, partyId));
		return form(null, model, FORM_PAGE);
	}

	@PostMapping
	@PreAuthorize(AccessRules.WRITE)
	String create(@ModelAttribute("form") ContractForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		form.dropBlankRows();
		return Forms.submit(binding, model, response,
				() -> page.redirect(contracts.create(form.toData()), "contracts.ui.created", request, response),
				() -> form(null, model, Htmx.isHtmx(request) ? FORM : FORM_PAGE));
	}

	@GetMapping("/{id}")
	@PreAuthorize(AccessRules.READ)
	String detail(@PathVariable Long id, @RequestParam(defaultValue = "overview") String tab, Model model) {
		page.open(id, tab, model);
		return ContractPage.PAGE;
	}

	@GetMapping("/{id}/tabs/{tab}")
	@PreAuthorize(AccessRules.READ)
	String tab(@PathVariable Long id, @PathVariable String tab, Model model) {
		page.open(id, tab, model);
		return ContractPage.TABS;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(AccessRules.WRITE)
	String edit(@PathVariable Long id, Model model) {
		ContractView contract = editable(id);
		model.addAttribute("form", ContractForm.of(contract));
		return form(contract, model, FORM_PAGE);
	}

	@PostMapping("/{id}")
	@PreAuthorize(AccessRules.WRITE)
	String update(@PathVariable Long id, @ModelAttribute("form") ContractForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ContractView contract = editable(id);
		form.dropBlankRows();
		return Forms.submit(binding, model, response,
				() -> page.redirect(contracts.update(id, form.getVersion(), form.toData()), "contracts.ui.saved", request,
						response),
				() -> form(contract, model, Htmx.isHtmx(request) ? FORM : FORM_PAGE));
	}

	/** The lines editor again, with a row added or one removed. */
	@PostMapping("/form/lines")
	@PreAuthorize(AccessRules.WRITE)
	String lines(@ModelAttribute("form") ContractForm form, @RequestParam(required = false) String add,
			@RequestParam(required = false) Integer remove, Model model) {
		return LinesEditor.rows(form, add != null, remove, model, "/contracts/form");
	}

	/** The amounts of the rows as typed: totals, and each row's net swapped in beside it. */
	@PostMapping("/form/totals")
	@PreAuthorize(AccessRules.WRITE)
	String totals(@ModelAttribute("form") ContractForm form, Model model) {
		return LinesEditor.totals(form, model);
	}

	/** Parties matching a fragment, as options for the party select. */
	@GetMapping("/parties")
	@PreAuthorize(AccessRules.WRITE)
	String parties(@RequestParam(required = false) String partyQuery, @RequestParam(required = false) Long partyId,
			Model model) {
		model.addAttribute("parties", partyOptions(partyQuery, partyId));
		model.addAttribute("selectedParty", partyId);
		return "contracts/partials/form :: partyOptions";
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(AccessRules.WRITE)
	String submit(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
		return page.act(id, () -> contracts.submit(id), "contracts.ui.submitted", request, response);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(AccessRules.WRITE)
	String cancel(@PathVariable Long id, @RequestParam(required = false) String reason, HttpServletRequest request,
			HttpServletResponse response) {
		return page.act(id, () -> contracts.cancel(id, reason), "contracts.ui.cancelled", request, response);
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String complete(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
		return page.act(id, () -> contracts.complete(id), "contracts.ui.completed", request, response);
	}

	private ContractView editable(Long id) {
		ContractView contract = contracts.get(id);
		ContractAccess access = contracts.accessTo(id);
		if (!access.mayEdit()) {
			throw new AccessDeniedException("may not edit contract " + id);
		}
		return contract;
	}

	private String form(ContractView contract, Model model, String view) {
		ContractForm form = (ContractForm) model.getAttribute("form");
		boolean backOffice = users.requireCurrent().hasAnyRole(Role.BACK_OFFICE, Role.ADMIN);
		model.addAttribute("contract", contract);
		model.addAttribute("action", contract == null ? "/contracts" : "/contracts/" + contract.id());
		model.addAttribute("cancelUrl", contract == null ? "/contracts" : "/contracts/" + contract.id());
		model.addAttribute("kinds", ContractKind.values());
		model.addAttribute("parties", partyOptions(null, form.getPartyId()));
		model.addAttribute("selectedParty", form.getPartyId());
		model.addAttribute("regions", users.regions());
		model.addAttribute("owners", backOffice ? users.withRole(Role.SALES_REP, null) : List.of());
		model.addAttribute("linesUrl", "/contracts/form");
		model.addAttribute("preview", LinesPreview.of(form));
		return view;
	}

	/** The selected party first, then up to 50 the caller can see matching the fragment, by name. */
	private List<CustomerView> partyOptions(String fragment, Long selected) {
		List<CustomerView> found = new java.util.ArrayList<>(parties
			.search(new CustomerFilter(fragment, null, null, null, null), PageRequest.of(0, 50, Sort.by("legalName")))
			.getContent());
		if (selected != null && found.stream().noneMatch(party -> party.id().equals(selected))) {
			try {
				found.add(0, parties.get(selected));
			}
			catch (NotFoundException unknown) {
				// a party the caller cannot see is not offered; the service names the field's error
			}
		}
		return found;
	}
}
