package org.trastienda.approvals;

/**
 * Which of the requests the signed-in user may see to list.
 *
 * @param decidableByMe only those they may decide now (pending, not theirs, not yet decided by them)
 * @param requestedByMe only those they authored
 * @param status only those in this status; null for any
 * @param subjectType only those of this subject type; null for any
 */
public record ApprovalFilter(boolean decidableByMe, boolean requestedByMe, ApprovalStatus status, String subjectType) {

	public ApprovalFilter {
		subjectType = subjectType == null || subjectType.isBlank() ? null : subjectType.strip();
	}
}
