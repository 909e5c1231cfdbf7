package org.trastienda.fulfillment.web;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.contracts.Contracts;
import org.trastienda.fulfillment.ShipMode;
import org.trastienda.fulfillment.ShipmentFilter;
import org.trastienda.fulfillment.ShipmentKind;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;
import org.trastienda.fulfillment.StatusSource;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/**
 * The shipment pages: the list (search, filters, sorting, paging), the new-shipment form of a
 * contract with what remains of each line, the shipment page with its lines, status history,
 * delivery note and status form, and the shipments section of the contract page. The service
 * enforces scope and rights; these pages only hide what the user cannot do.
 */
@Controller
class ShipmentController {

	private static final String FORM_PAGE = "fulfillment/shipment-form";

	private static final String PAGE = "fulfillment/shipment";

	private final Shipments shipments;

	private final Contracts contracts;

	private final MessageSource messages;

	ShipmentController(Shipments shipments, Contracts contracts, MessageSource messages) {
		this.shipments = shipments;
		this.contracts = contracts;
		this.messages = messages;
	}

	@GetMapping("/shipments")
	@PreAuthorize(AccessRules.READ)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ShipmentKind kind,
			@RequestParam(required = false) ShipmentStatus status, @RequestParam(required = false) Long contractId,
			@RequestParam(required = false) Long partyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shippedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shippedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
		Paging.Request paging = Paging.of(page, size, sort, AccessRules.SHIPMENT_SORT,
				AccessRules.SHIPMENT_DEFAULT_SORT);
		ShipmentFilter filter = new ShipmentFilter(q, kind, status, contractId, partyId, shippedFrom, shippedTo);
		model.addAttribute("filter", filter);
		model.addAttribute("page", shipments.search(filter, paging.pageable()));
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		model.addAttribute("kinds", ShipmentKind.values());
		model.addAttribute("statuses", ShipmentStatus.values());
		model.addAttribute("mayWrite", shipments.mayWrite());
		return Htmx.view(request, "fulfillment/shipments", "results");
	}

	@GetMapping("/shipments/new")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String newShipment(@RequestParam Long contractId, Model model) {
		model.addAttribute("form",
				ShipmentForm.of(contractId, shipments.today(), shipments.remaining(contractId)));
		return form(contractId, model);
	}

	@PostMapping("/shipments")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String create(@ModelAttribute("form") ShipmentForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response, () -> {
			ShipmentView created = form.onRows(() -> shipments.create(form.toData(), StatusSource.UI));
			return Htmx.redirect(request, response, "/shipments/" + created.id(),
					text("fulfillment.ui.created", created.number()));
		}, () -> form(form.getContractId(), model));
	}

	@GetMapping("/shipments/{id}")
	@PreAuthorize(AccessRules.READ)
	String detail(@PathVariable Long id, Model model) {
		return page(id, model);
	}

	@PostMapping("/shipments/{id}/status")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String updateStatus(@PathVariable Long id, @ModelAttribute("statusForm") StatusForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response, () -> {
			ShipmentView updated = shipments.updateStatus(id, form.getVersion(), form.toUpdate(), StatusSource.UI,
					form.proof());
			return Htmx.redirect(request, response, "/shipments/" + id, text("fulfillment.ui.statusSaved",
					updated.number(), text("fulfillment.shipment.status." + updated.status())));
		}, () -> page(id, model));
	}

	/** The shipments section of the contract page: what remains of each line and the contract's shipments. */
	@GetMapping("/contracts/{contractId}/shipments")
	@PreAuthorize(AccessRules.READ)
	String contractShipments(@PathVariable Long contractId, Model model) {
		model.addAttribute("contract", contracts.get(contractId));
		model.addAttribute("remaining", shipments.remaining(contractId));
		model.addAttribute("shipments",
				shipments.search(ShipmentFilter.ofContract(contractId), PageRequest.of(0, Paging.MAX_SIZE)).getContent());
		model.addAttribute("mayWrite", shipments.mayWrite());
		return "fulfillment/partials/contract-shipments :: shipments";
	}

	private String form(Long contractId, Model model) {
		model.addAttribute("contract", contracts.get(contractId));
		model.addAttribute("shipModes", ShipMode.values());
		return FORM_PAGE;
	}

	private String page(Long id, Model model) {
		ShipmentView shipment = shipments.get(id);
		model.addAttribute("shipment", shipment);
		model.addAttribute("history", shipments.statusHistory(id));
		model.addAttribute("mayWrite", shipments.mayWrite());
		model.addAttribute("nextStatuses",
				Arrays.stream(ShipmentStatus.values()).filter(shipment.status()::mayBecome).toList());
		if (!model.containsAttribute("statusForm")) {
			StatusForm form = new StatusForm();
			form.setVersion(shipment.version());
			model.addAttribute("statusForm", form);
		}
		return PAGE;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
