package org.trastienda.billing.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.billing.InvoiceRegister;
import org.trastienda.billing.RegisterView;

@RestController
@Tag(name = "Invoice register", description = "The register of issued invoices (libro registro de facturas expedidas)")
class InvoiceRegisterApiController {

	private final InvoiceRegister register;

	InvoiceRegisterApiController(InvoiceRegister register) {
		this.register = register;
	}

	@GetMapping("/api/v1/reports/invoice-register")
	@PreAuthorize(AccessRules.OFFICE)
	@Operation(summary = "Issued invoices of a period by series and number, with base, VAT and recargo per rate and totals",
			description = "Cancelled invoices are listed (their number is used) and left out of the totals.")
	RegisterView register(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "series code") @RequestParam(required = false) String series) {
		return register.report(from, to, series);
	}
}
