package org.trastienda.approvals;

/**
 * A request received the approvals its rule requires. Published in the transaction of the last
 * approval, so a synchronous listener of the subject's module commits its effect with it.
 *
 * @param decidedBy username of the approver whose approval completed the request
 * @param comment that approver's comment, or null
 */
public record ApprovalGranted(long requestId, String subjectType, long subjectId, String decidedBy, String comment) {

	/** Whether the event is about a subject of the given type. */
	public boolean concerns(String type) {
		return subjectType.equals(type);
	}
}
