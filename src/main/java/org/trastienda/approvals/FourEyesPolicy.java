package org.trastienda.approvals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;
import org.trastienda.shared.BusinessRuleException;

/**
 * Who may decide a pending request. The author of the subject never does, nor does anyone who has
 * already decided it, whatever roles they hold (the administrator's included); everyone else needs
 * a role of the applied tier and, for a region-scoped tier, a regional role only counts in the
 * subject's own region. A refusal is a broken business rule of this request (422), not a missing
 * permission: the same person may decide other requests.
 */
final class FourEyesPolicy {

	/** Roles whose holders see one region or their own records: a region-scoped tier confines them to the subject's region. */
	static final Set<Role> REGION_BOUND = EnumSet.of(Role.REGIONAL_MANAGER, Role.SALES_REP);

	private FourEyesPolicy() {
	}

	/** Why the user may not decide the request, or empty when they may. */
	static Optional<BusinessRuleException> refusal(ApprovalRequest request, CurrentUser user) {
		String reference = request.getSubjectReference();
		if (user.username().equals(request.getAuthorUsername())) {
			return refuse("approvals.decide.author", reference);
		}
		if (request.hasDecided(user.username())) {
			return refuse("approvals.decide.twice", reference);
		}
		if (request.getAllowedRoles().stream().noneMatch(user::hasRole)) {
			return refuse("approvals.decide.roleNotAllowed", reference);
		}
		if (request.getAllowedRoles().stream().noneMatch(role -> decidesAs(request, user, role))) {
			return refuse("approvals.decide.outsideRegion", reference);
		}
		return Optional.empty();
	}

	/** Whether the user holds the role and, where the tier confines it to a region, the subject is in theirs. */
	static boolean decidesAs(ApprovalRequest request, CurrentUser user, Role role) {
		return user.hasRole(role) && (!request.limitsToRegion(role)
				|| (user.regionId() != null && user.regionId().equals(request.getRegionId())));
	}

	private static Optional<BusinessRuleException> refuse(String messageKey, String reference) {
		return Optional.of(new BusinessRuleException(messageKey, reference));
	}
}
