package org.trastienda.approvals.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.approvals.ApprovalRuleView;
import org.trastienda.approvals.ApprovalRules;
import org.trastienda.approvals.ApprovalTier;
import org.trastienda.identity.Role;

/**
 * The approval rules: {@code GET /api/v1/approval-rules[/{subjectType}]} for administrators and the
 * sales director, {@code PUT /api/v1/approval-rules/{subjectType}} for administrators.
 */
@RestController
@RequestMapping("/api/v1/approval-rules")
class ApprovalRuleApiController {

	/**
	 * A rule as a client sends it.
	 *
	 * @param version the version read; omitted when the subject type has no rule yet
	 */
	record RuleRequest(String currency, List<TierRequest> tiers, Long version) {

		List<ApprovalTier> toTiers() {
			return tiers == null ? List.of() : tiers.stream().map(tier -> tier == null ? null : tier.toTier()).toList();
		}
	}

	/** A tier as a client sends it: what it leaves out is false or missing, for the rule's checks to name. */
	record TierRequest(BigDecimal above, Set<Role> roles, Boolean regionScoped, Integer approvalsRequired) {

		ApprovalTier toTier() {
			return new ApprovalTier(above, roles, Boolean.TRUE.equals(regionScoped),
					approvalsRequired == null ? 0 : approvalsRequired);
		}
	}

	private final ApprovalRules rules;

	ApprovalRuleApiController(ApprovalRules rules) {
		this.rules = rules;
	}

	/** The configured rules (types without one get the fallback). */
	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'SALES_DIRECTOR')")
	List<ApprovalRuleView> list() {
		return rules.configured();
	}

	/** The rule that applies to the subject type: its own, or the fallback ({@code configured: false}). */
	@GetMapping("/{subjectType}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SALES_DIRECTOR')")
	ApprovalRuleView get(@PathVariable String subjectType) {
		return rules.forSubjectType(subjectType);
	}

	/** Creates or replaces the subject type's rule; requests already made keep the rule they were made under. */
	@PutMapping("/{subjectType}")
	@PreAuthorize("hasRole('ADMIN')")
	ApprovalRuleView put(@PathVariable String subjectType, @RequestBody RuleRequest rule) {
		return rules.save(subjectType, rule.currency(), rule.toTiers(), rule.version());
	}
}
