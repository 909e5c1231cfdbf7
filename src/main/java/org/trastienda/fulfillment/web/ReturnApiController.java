package org.trastienda.fulfillment.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.fulfillment.ReturnFilter;
import org.trastienda.fulfillment.ReturnReason;
import org.trastienda.fulfillment.ReturnStatus;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.Returns;
import org.trastienda.web.Paging;

@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "Returns", description = "Returns of delivered shipments, verified with the contract's sales rep")
class ReturnApiController {

	private final Returns returns;

	ReturnApiController(Returns returns) {
		this.returns = returns;
	}

	@GetMapping
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "List returns in your scope",
			description = "Sort by number, requestedOn, receivedOn, status, reason, partyName or contractNumber; "
					+ "latest requested first by default.")
	PagedModel<ReturnView> list(
			@Parameter(description = "fragment of the return, shipment or contract number or the party's name")
			@RequestParam(required = false) String q, @RequestParam(required = false) ReturnStatus status,
			@RequestParam(required = false) ReturnReason reason, @RequestParam(required = false) Long contractId,
			@RequestParam(required = false) Long shipmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(example = "requestedOn,desc") @RequestParam(required = false) String sort) {
		Paging.Request paging = Paging.of(page, size, sort, AccessRules.RETURN_SORT, AccessRules.RETURN_DEFAULT_SORT);
		return new PagedModel<>(returns.search(
				new ReturnFilter(q, status, reason, contractId, shipmentId, requestedFrom, requestedTo),
				paging.pageable()));
	}

	@PostMapping
	@PreAuthorize(AccessRules.REGISTER_RETURNS)
	@Operation(summary = "Register a return of a delivered shipment (REQUESTED)",
			description = "No line may take back more than was shipped less what other returns take (422).")
	ResponseEntity<ReturnView> register(@RequestBody ReturnRequest request) {
		ReturnView created = returns.register(request.toData());
		return ResponseEntity.created(URI.create("/api/v1/returns/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "One return with its lines and who took each step")
	ReturnView get(@PathVariable Long id) {
		return returns.get(id);
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize(AccessRules.DECIDE_RETURNS)
	@Operation(summary = "Confirm reason and quantities",
			description = "The contract's sales rep, or the regional manager or sales director above him (else "
					+ "403); never who registered the return (422).")
	ReturnView verify(@PathVariable Long id, @RequestBody ReturnStepForm request) {
		return returns.verify(id, request.getVersion(), request.getNote());
	}

	@PostMapping("/{id}/receive")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Record the goods back", description = "receivedOn defaults to today; condition is required.")
	ReturnView receive(@PathVariable Long id, @RequestBody ReturnStepForm request) {
		return returns.receive(id, request.getVersion(), request.getReceivedOn(), request.getCondition());
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Close a received return")
	ReturnView close(@PathVariable Long id, @RequestBody(required = false) ReturnStepForm request) {
		return returns.close(id, request == null ? null : request.getVersion());
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(AccessRules.DECIDE_RETURNS)
	@Operation(summary = "Reject the return with a reason",
			description = "While requested, whoever may verify it; once verified, the back office.")
	ReturnView reject(@PathVariable Long id, @RequestBody ReturnStepForm request) {
		return returns.reject(id, request.getVersion(), request.getReason());
	}
}
