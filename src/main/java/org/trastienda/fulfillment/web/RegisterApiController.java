package org.trastienda.fulfillment.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.documents.Downloads;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.fulfillment.RegisterFilter;
import org.trastienda.fulfillment.RegisterGrouping;
import org.trastienda.fulfillment.RegisterView;
import org.trastienda.fulfillment.ReturnReason;
import org.trastienda.fulfillment.ShipmentRegister;

@RestController
@Tag(name = "Shipments")
class RegisterApiController {

	private final ShipmentRegister register;

	RegisterApiController(ShipmentRegister register) {
		this.register = register;
	}

	@GetMapping("/api/v1/reports/shipments")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The shipments-and-returns register of a period",
			description = "Shipped (shipments that left in the period) and returned (returns received in it) "
					+ "quantities and values at the shipped net prices, and the return rate, grouped by CUSTOMER, "
					+ "PRODUCT, CONTRACT, REASON or MONTH; in your scope.")
	RegisterView register(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "CUSTOMER") RegisterGrouping groupBy,
			@RequestParam(required = false) Long partyId, @RequestParam(required = false) Long productId,
			@RequestParam(required = false) Long contractId, @RequestParam(required = false) ReturnReason reason) {
		return register.register(new RegisterFilter(from, to, partyId, productId, contractId, reason), groupBy);
	}

	/** Also the register page's export buttons, signed in by the browser session. */
	@GetMapping({ "/api/v1/reports/shipments/export", "/reports/shipments/export" })
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The register as XLSX or CSV")
	void export(@RequestParam(defaultValue = "xlsx") String format,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "CUSTOMER") RegisterGrouping groupBy,
			@RequestParam(required = false) Long partyId, @RequestParam(required = false) Long productId,
			@RequestParam(required = false) Long contractId, @RequestParam(required = false) ReturnReason reason,
			HttpServletResponse response) {
		Downloads.send(register.export(new RegisterFilter(from, to, partyId, productId, contractId, reason), groupBy,
				SpreadsheetFormat.of(format)), response);
	}
}
