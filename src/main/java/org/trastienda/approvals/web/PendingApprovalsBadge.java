package org.trastienda.approvals.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.trastienda.approvals.Approvals;
import org.trastienda.identity.UserDirectory;
import org.trastienda.web.Htmx;

/**
 * Gives every full page a signed-in user sees {@code approvalsPendingCount}, the requests they may
 * decide now, which the layout (module {@code web}, which knows nothing of approvals) shows as the
 * approvals link and its badge. API calls and htmx fragments have no navigation and skip the query.
 */
@ControllerAdvice
class PendingApprovalsBadge {

	static final String ATTRIBUTE = "approvalsPendingCount";

	private final Approvals approvals;

	private final UserDirectory users;

	PendingApprovalsBadge(Approvals approvals, UserDirectory users) {
		this.approvals = approvals;
		this.users = users;
	}

	@ModelAttribute
	void pendingApprovals(Model model, HttpServletRequest request) {
		if (Htmx.isHtmx(request) || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		users.current().ifPresent(user -> model.addAttribute(ATTRIBUTE, approvals.countDecidableBy(user)));
	}
}
