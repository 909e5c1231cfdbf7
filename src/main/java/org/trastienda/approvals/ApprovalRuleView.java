package org.trastienda.approvals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.trastienda.identity.Role;

/**
 * The approval rule of a subject type: tiers by amount, in ascending order.
 *
 * @param currency the currency of the tiers' amounts
 * @param configured false for the built-in fallback that applies to a subject type without a rule
 * @param version the stored rule's version, for optimistic locking; null for the fallback
 */
public record ApprovalRuleView(String subjectType, String currency, List<ApprovalTier> tiers, boolean configured,
		Long version, Instant updatedAt, String updatedBy) {

	/**
	 * A subject type nobody configured is decided by the sales director alone, one approval: the
	 * role that reads everything and approves by trade. The back office, which prepares most records,
	 * does not check its own kind by default.
	 */
	public static ApprovalRuleView fallback(String subjectType) {
		return new ApprovalRuleView(subjectType, "EUR",
				List.of(new ApprovalTier(null, Set.of(Role.SALES_DIRECTOR), false, 1)), false, null, null, null);
	}

	public ApprovalRuleView {
		tiers = List.copyOf(tiers);
		if (tiers.isEmpty()) {
			throw new IllegalArgumentException("a rule has at least one tier");
		}
	}

	/**
	 * The tier that applies to an amount: the last one whose threshold the amount exceeds. A subject
	 * without an amount gets the first tier; an amount in another currency than the rule's cannot be
	 * compared and gets the last, strictest tier.
	 */
	public ApprovalTier tierFor(BigDecimal amount, String amountCurrency) {
		if (amount == null) {
			return tiers.get(0);
		}
		if (!currency.equals(amountCurrency)) {
			return tiers.get(tiers.size() - 1);
		}
		ApprovalTier applies = tiers.get(0);
		for (ApprovalTier tier : tiers) {
			if (tier.above() == null || amount.compareTo(tier.above()) > 0) {
				applies = tier;
			}
		}
		return applies;
	}
}
