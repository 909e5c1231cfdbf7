package org.trastienda.approvals;

/**
 * A request was rejected; one rejection closes it. Published in the rejecting transaction, so a
 * synchronous listener of the subject's module commits its effect with it.
 *
 * @param decidedBy username of the person who rejected it
 * @param comment why (never blank)
 */
public record ApprovalRejected(long requestId, String subjectType, long subjectId, String decidedBy, String comment) {

	/** Whether the event is about a subject of the given type. */
	public boolean concerns(String type) {
		return subjectType.equals(type);
	}
}
