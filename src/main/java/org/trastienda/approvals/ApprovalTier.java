package org.trastienda.approvals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.trastienda.identity.Role;

/**
 * One tier of a rule: who decides subjects whose amount lies above {@code above}.
 *
 * @param above the tier applies to amounts strictly greater than this; null for the first tier,
 * which applies to any amount (and to subjects without one)
 * @param roles the roles whose holders may decide
 * @param regionScoped whether holders of a regional role (regional manager, sales rep) decide only
 * subjects of their own region
 * @param approvalsRequired how many distinct people must approve
 */
public record ApprovalTier(BigDecimal above, Set<Role> roles, boolean regionScoped, int approvalsRequired) {

	public ApprovalTier {
		roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}
}
