package org.trastienda.approvals.web;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.approvals.ApprovalFilter;
import org.trastienda.approvals.ApprovalStatus;
import org.trastienda.approvals.ApprovalSummary;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;

/**
 * Approval requests for API clients: {@code GET /api/v1/approvals[/{id}]},
 * {@code POST /api/v1/approvals/{id}/approve|reject}. Any signed-in user may call them; the service
 * decides what they see and what they may decide.
 */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalApiController {

	/** The body of a decision; the comment is optional to approve and required to reject. */
	record DecisionRequest(String comment) {
	}

	private final Approvals approvals;

	ApprovalApiController(Approvals approvals) {
		this.approvals = approvals;
	}

	/** The requests the caller may see, filtered by {@code status}, {@code subjectType}, {@code decidableByMe}, {@code requestedByMe}; newest first. */
	@GetMapping
	@PreAuthorize("isAuthenticated()")
	PagedModel<ApprovalSummary> list(@RequestParam(required = false) ApprovalStatus status,
			@RequestParam(required = false) String subjectType, @RequestParam(defaultValue = "false") boolean decidableByMe,
			@RequestParam(defaultValue = "false") boolean requestedByMe,
			@ParameterObject @PageableDefault(size = 20, sort = "requestedAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(approvals.search(new ApprovalFilter(decidableByMe, requestedByMe, status, subjectType),
				pageable));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	ApprovalView get(@PathVariable long id) {
		return approvals.get(id);
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("isAuthenticated()")
	ApprovalView approve(@PathVariable long id, @RequestBody(required = false) DecisionRequest decision) {
		return approvals.approve(id, decision == null ? null : decision.comment());
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("isAuthenticated()")
	ApprovalView reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest decision) {
		return approvals.reject(id, decision == null ? null : decision.comment());
	}
}
