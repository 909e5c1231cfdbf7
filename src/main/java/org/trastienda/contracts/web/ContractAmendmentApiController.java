package org.trastienda.contracts.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.contracts.AmendmentData;
import org.trastienda.contracts.AmendmentView;
import org.trastienda.contracts.ContractRevisionView;
import org.trastienda.contracts.Contracts;

@RestController
@RequestMapping("/api/v1/contracts/{id}")
@Tag(name = "Contracts")
class ContractAmendmentApiController {

	private final Contracts contracts;

	ContractAmendmentApiController(Contracts contracts) {
		this.contracts = contracts;
	}

	@GetMapping("/amendments")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The contract's amendments, newest first")
	List<AmendmentView> list(@PathVariable Long id) {
		return contracts.amendments(id);
	}

	@PostMapping("/amendments")
	@PreAuthorize(AccessRules.WRITE)
	@Operation(summary = "Propose an amendment to an active contract",
			description = "Send the lines as they should be (with the id of each line kept or changed) and why. "
					+ "It goes for approval at once; approved, it becomes the contract's next version.")
	ResponseEntity<AmendmentView> request(@PathVariable Long id, @RequestBody AmendmentData request) {
		AmendmentView amendment = contracts.requestAmendment(id, request);
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/amendments/" + amendment.id()))
			.body(amendment);
	}

	@GetMapping("/amendments/{amendmentId}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "One amendment with the lines it proposes")
	AmendmentView get(@PathVariable Long id, @PathVariable Long amendmentId) {
		return contracts.amendment(id, amendmentId);
	}

	@GetMapping("/amendments/{amendmentId}/approvals")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The amendment's approval requests and their decisions")
	List<ApprovalView> approvals(@PathVariable Long id, @PathVariable Long amendmentId) {
		return contracts.amendmentApprovals(id, amendmentId);
	}

	@GetMapping("/versions")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "Every approved version of the contract, newest first")
	List<ContractRevisionView> versions(@PathVariable Long id) {
		return contracts.versions(id);
	}

	@GetMapping("/versions/{revision}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "One version of the contract as it was approved")
	ContractRevisionView version(@PathVariable Long id, @PathVariable int revision) {
		return contracts.version(id, revision);
	}
}
