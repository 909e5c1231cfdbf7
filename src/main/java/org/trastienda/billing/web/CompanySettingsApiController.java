package org.trastienda.billing.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.billing.CompanySettings;
import org.trastienda.billing.CompanyView;
import org.trastienda.billing.InvoiceSeriesView;

@RestController
@Tag(name = "Invoicing settings", description = "The issuer's data, invoicing defaults and invoice series")
class CompanySettingsApiController {

	private final CompanySettings settings;

	CompanySettingsApiController(CompanySettings settings) {
		this.settings = settings;
	}

	@GetMapping("/api/v1/settings/company")
	@PreAuthorize(AccessRules.OFFICE)
	@Operation(summary = "The issuer's data and invoicing defaults")
	CompanyView company() {
		return settings.company();
	}

	@PutMapping("/api/v1/settings/company")
	@PreAuthorize(AccessRules.ADMIN)
	@Operation(summary = "Change the issuer's data and invoicing defaults", description = "Send the version you read.")
	CompanyView updateCompany(@RequestBody CompanyBody body) {
		return settings.updateCompany(body.version(), body.toData());
	}

	@GetMapping("/api/v1/invoice-series")
	@PreAuthorize(AccessRules.OFFICE)
	@Operation(summary = "Every invoice series")
	List<InvoiceSeriesView> series() {
		return settings.series();
	}

	@GetMapping("/api/v1/invoice-series/{id}")
	@PreAuthorize(AccessRules.OFFICE)
	@Operation(summary = "One invoice series")
	InvoiceSeriesView series(@PathVariable Long id) {
		return settings.series(id);
	}

	@PostMapping("/api/v1/invoice-series")
	@PreAuthorize(AccessRules.ADMIN)
	@Operation(summary = "Add an invoice series", description = "A code already taken answers 409.")
	ResponseEntity<InvoiceSeriesView> addSeries(@RequestBody SeriesBody body) {
		InvoiceSeriesView created = settings.addSeries(body.toData());
		return ResponseEntity.created(URI.create("/api/v1/invoice-series/" + created.id())).body(created);
	}

	@PutMapping("/api/v1/invoice-series/{id}")
	@PreAuthorize(AccessRules.ADMIN)
	@Operation(summary = "Change a series",
			description = "Its prefix only while it has issued nothing; whether it is active and its kind's default.")
	InvoiceSeriesView updateSeries(@PathVariable Long id, @RequestBody SeriesBody body) {
		return settings.updateSeries(id, body.version(), body.toData());
	}
}
