package org.trastienda.billing.web;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.billing.InvoiceRequestData;
import org.trastienda.billing.InvoiceRequestFilter;
import org.trastienda.billing.InvoiceRequestStatus;
import org.trastienda.billing.InvoiceRequestView;
import org.trastienda.billing.InvoiceRequests;
import org.trastienda.web.Paging;

@RestController
@RequestMapping("/api/v1/invoice-requests")
@Tag(name = "Invoice requests", description = "Requests for invoices: reps ask, the back office reserves or rejects")
class InvoiceRequestApiController {

	private final InvoiceRequests requests;

	InvoiceRequestApiController(InvoiceRequests requests) {
		this.requests = requests;
	}

	@GetMapping
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "Requests in your scope, newest first")
	PagedModel<InvoiceRequestView> list(@RequestParam(required = false) InvoiceRequestStatus status,
			@RequestParam(required = false) Long contractId, @RequestParam(required = false) String assignedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Paging.Request paging = Paging.of(page, size, null, Map.of("id", "id"), "id");
		return new PagedModel<>(requests.search(new InvoiceRequestFilter(status, contractId, assignedTo),
				PageRequest.of(paging.pageable().getPageNumber(), paging.pageable().getPageSize())));
	}

	@PostMapping
	@PreAuthorize(AccessRules.REQUEST)
	@Operation(summary = "Ask for an invoice on a sales contract", description = "`note` says what to invoice.")
	ResponseEntity<InvoiceRequestView> create(@RequestBody InvoiceRequestData body) {
		InvoiceRequestView created = requests.create(body);
		return ResponseEntity.created(URI.create("/api/v1/invoice-requests/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "One request")
	InvoiceRequestView get(@PathVariable Long id) {
		return requests.get(id);
	}

	@PostMapping("/{id}/reserve")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Take the request on", description = "The clerk (you when absent) and the expected date.")
	InvoiceRequestView reserve(@PathVariable Long id, @RequestBody ReserveBody body) {
		return requests.reserve(id, body.version(), body.assignedTo(), body.expectedOn());
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Turn the request down with a reason")
	InvoiceRequestView reject(@PathVariable Long id, @RequestBody ReasonBody body) {
		return requests.reject(id, body.version(), body.reason());
	}
}
