package org.trastienda.fulfillment.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.fulfillment.RegisterFilter;
import org.trastienda.fulfillment.RegisterGrouping;
import org.trastienda.fulfillment.ReturnReason;
import org.trastienda.fulfillment.ShipmentRegister;
import org.trastienda.fulfillment.Shipments;

/** The shipments-and-returns register page: a period (this year so far by default), a grouping and filters. */
@Controller
class RegisterController {

	private final ShipmentRegister register;

	private final Shipments shipments;

	RegisterController(ShipmentRegister register, Shipments shipments) {
		this.register = register;
		this.shipments = shipments;
	}

	@GetMapping("/reports/shipments")
	@PreAuthorize(AccessRules.READ)
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "CUSTOMER") RegisterGrouping groupBy,
			@RequestParam(required = false) Long partyId, @RequestParam(required = false) Long productId,
			@RequestParam(required = false) Long contractId, @RequestParam(required = false) ReturnReason reason,
			Model model) {
		LocalDate today = shipments.today();
		RegisterFilter filter = new RegisterFilter(from == null ? today.withDayOfYear(1) : from,
				to == null ? today : to, partyId, productId, contractId, reason);
		model.addAttribute("filter", filter);
		model.addAttribute("register", register.register(filter, groupBy));
		model.addAttribute("groupings", RegisterGrouping.values());
		model.addAttribute("reasons", ReturnReason.values());
		return "fulfillment/register";
	}
}
