package org.trastienda.approvals;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.trastienda.identity.Role;

/** A stored tier of a rule ({@code approval_rule_tier}). */
@Embeddable
class RuleTier {

	@Column(name = "above_amount")
	private BigDecimal above;

	@Convert(converter = RolesConverter.class)
	private Set<Role> roles;

	private boolean regionScoped;

	private int approvalsRequired;

	protected RuleTier() {
	}

	RuleTier(ApprovalTier tier) {
		this.above = tier.above();
		this.roles = tier.roles();
		this.regionScoped = tier.regionScoped();
		this.approvalsRequired = tier.approvalsRequired();
	}

	ApprovalTier toTier() {
		return new ApprovalTier(above, roles, regionScoped, approvalsRequired);
	}
}
