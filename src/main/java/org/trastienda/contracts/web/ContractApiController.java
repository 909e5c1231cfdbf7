package org.trastienda.contracts.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.contracts.ContractFilter;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.web.Paging;

@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Contracts", description = "Sales and purchase contracts, their lines, status, history and approvals")
class ContractApiController {

	private final Contracts contracts;

	ContractApiController(Contracts contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "List contracts in your scope",
			description = "Sort by number, kind, title, partyName, status, signedOn, startsOn, endsOn, netTotal, "
					+ "grossTotal, ownerUsername, regionCode, createdAt or updatedAt; newest first by default.")
	PagedModel<ContractView> list(
			@Parameter(description = "fragment of number, title or party name") @RequestParam(required = false) String q,
			@RequestParam(required = false) ContractKind kind, @RequestParam(required = false) ContractStatus status,
			@RequestParam(required = false) Long partyId,
			@Parameter(description = "owner's username") @RequestParam(required = false) String owner,
			@Parameter(description = "region code") @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(example = "signedOn,desc") @RequestParam(required = false) String sort) {
		Paging.Request paging = Paging.of(page, size, sort, AccessRules.SORT_FIELDS, AccessRules.DEFAULT_SORT);
		return new PagedModel<>(contracts.search(
				new ContractFilter(q, kind, status, partyId, owner, region, signedFrom, signedTo), paging.pageable()));
	}

	@PostMapping
	@PreAuthorize(AccessRules.WRITE)
	@Operation(summary = "Draft a contract", description = "It gets the next number of its kind and year.")
	ResponseEntity<ContractView> create(@RequestBody ContractRequest request) {
		ContractView created = contracts.create(request.toData());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "One contract with its lines and totals")
	ContractView get(@PathVariable Long id) {
		return contracts.get(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(AccessRules.WRITE)
	@Operation(summary = "Change a draft",
			description = "Only while DRAFT or REJECTED (else 422). Send the version you read: 409 when it is stale. "
					+ "Lines with an id change that line, others are added, lines left out are removed.")
	ContractView update(@PathVariable Long id, @RequestBody ContractRequest request) {
		return contracts.update(id, request.version(), request.toData());
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(AccessRules.WRITE)
	@Operation(summary = "Send a draft for approval", description = "Needs its dates and at least one line.")
	ContractView submit(@PathVariable Long id) {
		return contracts.submit(id);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(AccessRules.WRITE)
	@Operation(summary = "Cancel a contract with a reason", description = "Only while nothing has been executed.")
	ContractView cancel(@PathVariable Long id, @RequestBody ReasonRequest request) {
		return contracts.cancel(id, request.reason());
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Mark an active contract completed")
	ContractView complete(@PathVariable Long id) {
		return contracts.complete(id);
	}

	@GetMapping("/{id}/history")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "Every recorded change of the contract and its lines, amendments, documents and files")
	List<AuditEntryView> history(@PathVariable Long id) {
		return contracts.history(id);
	}

	@GetMapping("/{id}/approvals")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The contract's activation requests and their decisions, newest first")
	List<ApprovalView> approvals(@PathVariable Long id) {
		return contracts.approvalHistory(id);
	}
}
