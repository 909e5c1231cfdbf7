package org.trastienda.fulfillment.web;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.trastienda.fulfillment.GoodsCondition;
import org.trastienda.fulfillment.ReturnFilter;
import org.trastienda.fulfillment.ReturnReason;
import org.trastienda.fulfillment.ReturnStatus;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.Returns;
import org.trastienda.fulfillment.Shipments;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/**
 * The return pages: the list, the form registering a return of a delivered shipment, and the
 * return page with its steps (verify, receive, close, reject), each shown only to who may take it.
 */
@Controller
@RequestMapping("/returns")
class ReturnController {

	private static final String PAGE = "fulfillment/return";

	private final Returns returns;

	private final Shipments shipments;

	private final MessageSource messages;

	ReturnController(Returns returns, Shipments shipments, MessageSource messages) {
		this.returns = returns;
		this.shipments = shipments;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(AccessRules.READ)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ReturnStatus status,
			@RequestParam(required = false) ReturnReason reason, @RequestParam(required = false) Long contractId,
			@RequestParam(required = false) Long shipmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
		Paging.Request paging = Paging.of(page, size, sort, AccessRules.RETURN_SORT, AccessRules.RETURN_DEFAULT_SORT);
		ReturnFilter filter = new ReturnFilter(q, status, reason, contractId, shipmentId, requestedFrom, requestedTo);
		model.addAttribute("filter", filter);
		model.addAttribute("page", returns.search(filter, paging.pageable()));
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		model.addAttribute("statuses", ReturnStatus.values());
		model.addAttribute("reasons", ReturnReason.values());
		return Htmx.view(request, "fulfillment/returns", "results");
	}

	@GetMapping("/new")
	@PreAuthorize(AccessRules.REGISTER_RETURNS)
	String newReturn(@RequestParam Long shipmentId, Model model) {
		model.addAttribute("form", ReturnForm.of(shipments.get(shipmentId), shipments.today()));
		return form(shipmentId, model);
	}

	@PostMapping
	@PreAuthorize(AccessRules.REGISTER_RETURNS)
	String register(@ModelAttribute("form") ReturnForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response, () -> {
			ReturnView created = form.onRows(() -> returns.register(form.toData()));
			return Htmx.redirect(request, response, "/returns/" + created.id(),
					text("fulfillment.ui.returnRegistered", created.number()));
		}, () -> form(form.getShipmentId(), model));
	}

	@GetMapping("/{id}")
	@PreAuthorize(AccessRules.READ)
	String detail(@PathVariable Long id, Model model) {
		return page(id, model);
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize(AccessRules.DECIDE_RETURNS)
	String verify(@PathVariable Long id, @ModelAttribute("stepForm") ReturnStepForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return step(id, binding, model, request, response, () -> returns.verify(id, form.getVersion(), form.getNote()));
	}

	@PostMapping("/{id}/receive")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String receive(@PathVariable Long id, @ModelAttribute("stepForm") ReturnStepForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return step(id, binding, model, request, response,
				() -> returns.receive(id, form.getVersion(), form.getReceivedOn(), form.getCondition()));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String close(@PathVariable Long id, @ModelAttribute("stepForm") ReturnStepForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return step(id, binding, model, request, response, () -> returns.close(id, form.getVersion()));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(AccessRules.DECIDE_RETURNS)
	String reject(@PathVariable Long id, @ModelAttribute("stepForm") ReturnStepForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return step(id, binding, model, request, response, () -> returns.reject(id, form.getVersion(), form.getReason()));
	}

	/** Takes a step and goes back to the return page saying so, or shows the page again with why not. */
	private String step(Long id, BindingResult binding, Model model, HttpServletRequest request,
			HttpServletResponse response, Supplier<ReturnView> step) {
		return Forms.submit(binding, model, response, () -> {
			ReturnView done = step.get();
			return Htmx.redirect(request, response, "/returns/" + id, text("fulfillment.ui.returnStep", done.number(),
					text("fulfillment.return.status." + done.status())));
		}, () -> page(id, model));
	}

	private String form(Long shipmentId, Model model) {
		model.addAttribute("shipment", shipments.get(shipmentId));
		model.addAttribute("reasons", ReturnReason.values());
		return "fulfillment/return-form";
	}

	private String page(Long id, Model model) {
		ReturnView found = returns.get(id);
		model.addAttribute("goodsReturn", found);
		model.addAttribute("access", returns.accessTo(id));
		model.addAttribute("conditions", GoodsCondition.values());
		model.addAttribute("today", shipments.today());
		if (!model.containsAttribute("stepForm")) {
			ReturnStepForm form = new ReturnStepForm();
			form.setVersion(found.version());
			model.addAttribute("stepForm", form);
		}
		return PAGE;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
