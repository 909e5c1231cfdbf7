package org.trastienda.billing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import org.trastienda.billing.CompanySettings;
import org.trastienda.billing.InvoiceDetail;
import org.trastienda.billing.InvoiceFilter;
import org.trastienda.billing.InvoiceStatus;
import org.trastienda.billing.InvoiceType;
import org.trastienda.billing.Invoicing;
import org.trastienda.billing.RectificationData;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/**
 * The invoice pages: the list (filters, sorting, paging), the invoice page with its findings, lines,
 * taxes, history and the buttons its state allows (edit, delete, issue, ask for an override, rectify,
 * cancel, send, PDF), and the draft form with its lines editor (rows added and removed, amounts
 * computed by the server as they are typed). The service enforces scope, rights and state.
 */
@Controller
@RequestMapping("/invoices")
class InvoiceController {

	private static final String FORM_PAGE = "billing/form";

	private static final String FORM = "billing/partials/form :: form";

	private final Invoicing invoicing;

	private final Contracts contracts;

	private final CompanySettings settings;

	private final FindingMessages findings;

	private final Outcomes outcomes;

	InvoiceController(Invoicing invoicing, Contracts contracts, CompanySettings settings, FindingMessages findings,
			Outcomes outcomes) {
		this.invoicing = invoicing;
		this.contracts = contracts;
		this.settings = settings;
		this.findings = findings;
		this.outcomes = outcomes;
	}

	@GetMapping
	@PreAuthorize(AccessRules.READ)
	String list(@RequestParam(required = false) InvoiceStatus status, @RequestParam(required = false) String series,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long contractId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
		Paging.Request paging = Paging.of(page, size, sort, Sorting.FIELDS, Sorting.DEFAULT);
		InvoiceFilter filter = new InvoiceFilter(status, series, customerId, contractId, issuedFrom, issuedTo);
		model.addAttribute("filter", filter);
		model.addAttribute("page", invoicing.list(filter, paging.pageable()));
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		model.addAttribute("statuses", InvoiceStatus.values());
		model.addAttribute("seriesList", settings.series());
		return Htmx.isHtmx(request) ? "billing/partials/results :: results" : "billing/list";
	}

	@GetMapping("/{id}")
	@PreAuthorize(AccessRules.READ)
	String detail(@PathVariable Long id, Model model) {
		InvoiceDetail detail = invoicing.detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("invoice", detail.invoice());
		model.addAttribute("access", invoicing.accessTo(id));
		model.addAttribute("findings", detail.invoice().status() == InvoiceStatus.DRAFT
				? findings.of(invoicing.check(id)) : List.of());
		model.addAttribute("overrideRequests", invoicing.overrideRequests(id));
		model.addAttribute("history", invoicing.history(id));
		model.addAttribute("rectifyingTypes", List.of(InvoiceType.R1, InvoiceType.R2, InvoiceType.R3, InvoiceType.R4,
				InvoiceType.R5));
		return "billing/detail";
	}

	@GetMapping("/{id}/pdf")
	@PreAuthorize(AccessRules.READ)
	ResponseEntity<Resource> pdf(@PathVariable Long id) {
		return PdfDownloads.of(invoicing.pdf(id));
	}

	@GetMapping("/new")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String newInvoice(@RequestParam Long contractId, @RequestParam(required = false) Long requestId, Model model) {
		requirePreparer();
		ContractView contract = contracts.get(contractId);
		model.addAttribute("form", InvoiceForm.of(contract, requestId));
		return form(null, contract, model, FORM_PAGE);
	}

	@PostMapping
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String create(@ModelAttribute("form") InvoiceForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		form.dropBlankRows();
		ContractView contract = contracts.get(form.getContractId());
		return Forms.submit(binding, model, response,
				() -> saved(invoicing.create(form.toData()).id(), "billing.ui.created", request, response),
				() -> form(null, contract, model, Htmx.isHtmx(request) ? FORM : FORM_PAGE));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String edit(@PathVariable Long id, Model model) {
		InvoiceDetail detail = editable(id);
		model.addAttribute("form", InvoiceForm.of(detail));
		return form(detail, contracts.get(detail.invoice().contractId()), model, FORM_PAGE);
	}

	@PostMapping("/{id}")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String update(@PathVariable Long id, @ModelAttribute("form") InvoiceForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		InvoiceDetail detail = editable(id);
		form.dropBlankRows();
		ContractView contract = contracts.get(detail.invoice().contractId());
		return Forms.submit(binding, model, response,
				() -> saved(invoicing.update(id, form.getVersion(), form.toData()).id(), "billing.ui.saved", request,
						response),
				() -> form(detail, contract, model, Htmx.isHtmx(request) ? FORM : FORM_PAGE));
	}

	/** The lines editor again, with a row added or one removed. */
	@PostMapping("/form/lines")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String lines(@ModelAttribute("form") InvoiceForm form, @RequestParam(required = false) String add,
			@RequestParam(required = false) Integer remove, Model model) {
		if (remove != null) {
			form.removeRow(remove);
		}
		if (add != null) {
			form.addRow();
		}
		ContractView contract = contracts.get(form.getContractId());
		model.addAttribute("contractLines", contract.lines());
		model.addAttribute("preview", InvoicePreview.of(form, contract.currency()));
		return "billing/partials/lines :: lines";
	}

	/** The amounts of the rows as typed: totals, and each row's net swapped in beside it. */
	@PostMapping("/form/totals")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String totals(@ModelAttribute("form") InvoiceForm form, Model model) {
		model.addAttribute("preview", InvoicePreview.of(form, contracts.get(form.getContractId()).currency()));
		return "billing/partials/lines :: amounts";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String delete(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
		Long contractId = invoicing.get(id).contractId();
		return outcomes.act(() -> {
			invoicing.delete(id, null);
			return "/contracts/" + contractId + "?tab=invoices";
		}, page(id), "billing.ui.deleted", request, response);
	}

	@PostMapping("/{id}/issue")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String issue(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
		return onPage(id, () -> invoicing.issue(id), "billing.ui.issued", request, response);
	}

	@PostMapping("/{id}/override")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String requestOverride(@PathVariable Long id, @RequestParam(required = false) String reason,
			HttpServletRequest request, HttpServletResponse response) {
		return onPage(id, () -> invoicing.requestOverride(id, reason), "billing.ui.overrideRequested", request,
				response);
	}

	@PostMapping("/{id}/rectify")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String rectify(@PathVariable Long id, @RequestParam(required = false) InvoiceType type,
			@RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response) {
		return outcomes.act(() -> page(invoicing.rectify(id, new RectificationData(type, null, reason, null)).id()),
				page(id), "billing.ui.rectifyingDrafted", request, response);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String cancel(@PathVariable Long id, @RequestParam(required = false) String reason, HttpServletRequest request,
			HttpServletResponse response) {
		return onPage(id, () -> invoicing.cancel(id, reason), "billing.ui.cancelled", request, response);
	}

	@PostMapping("/{id}/send")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String send(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
		return onPage(id, () -> invoicing.send(id), "billing.ui.sent", request, response);
	}

	/** Runs a button's action on the invoice and goes back to its page, saying what happened or why not. */
	private String onPage(Long id, Supplier<?> action, String messageKey, HttpServletRequest request,
			HttpServletResponse response) {
		return outcomes.act(() -> {
			action.get();
			return page(id);
		}, page(id), messageKey, request, response);
	}

	private String saved(Long id, String messageKey, HttpServletRequest request, HttpServletResponse response) {
		return Htmx.redirect(request, response, page(id), outcomes.text(messageKey));
	}

	private InvoiceDetail editable(Long id) {
		if (!invoicing.accessTo(id).mayEdit()) {
			throw new AccessDeniedException("may not edit invoice " + id);
		}
		return invoicing.detail(id);
	}

	private void requirePreparer() {
		if (!invoicing.mayPrepare()) {
			throw new AccessDeniedException("may not prepare invoices");
		}
	}

	private String form(InvoiceDetail detail, ContractView contract, Model model, String view) {
		InvoiceForm form = (InvoiceForm) model.getAttribute("form");
		model.addAttribute("detail", detail);
		model.addAttribute("contract", contract);
		model.addAttribute("action", detail == null ? "/invoices" : page(detail.invoice().id()));
		model.addAttribute("cancelUrl", detail == null ? "/contracts/" + contract.id() + "?tab=invoices"
				: page(detail.invoice().id()));
		model.addAttribute("types", InvoiceType.values());
		model.addAttribute("seriesList", settings.series());
		model.addAttribute("contractLines", contract.lines());
		model.addAttribute("preview", InvoicePreview.of(form, contract.currency()));
		return view;
	}

	private static String page(Long id) {
		return "/invoices/" + id;
	}
}
