package org.trastienda.approvals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.trastienda.identity.Role;

/**
 * The rule tier a request is judged under, as it stood when the request was made.
 *
 * @param configured false when the subject type had no rule and the fallback applied
 * @param ruleVersion the configured rule's version at the time; null for the fallback
 * @param currency the currency of the tier's threshold
 * @param above the tier's threshold; null for the first tier
 * @param roles who may decide
 * @param regionScoped whether holders of a regional role decide only their own region's subjects
 * @param approvalsRequired how many distinct people must approve
 */
public record AppliedRule(boolean configured, Long ruleVersion, String currency, BigDecimal above, Set<Role> roles,
		boolean regionScoped, int approvalsRequired) {

	public AppliedRule {
		roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}
}
