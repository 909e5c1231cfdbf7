package org.trastienda.contracts;

/**
 * What the signed-in user may do to one contract now, given its status and their rights: pages
 * show only these buttons, and the service refuses the rest.
 *
 * @param mayEdit change the draft (or the rejected contract)
 * @param maySubmit send it for approval
 * @param mayCancel cancel it with a reason
 * @param mayComplete mark the active contract completed
 * @param mayAmend propose an amendment to the active contract
 * @param mayManageDocuments list, attach and send the required documents
 * @param mayAttach file documents such as the signed contract
 * @param mayRemoveAttachments delete filed documents
 */
public record ContractAccess(boolean mayEdit, boolean maySubmit, boolean mayCancel, boolean mayComplete,
		boolean mayAmend, boolean mayManageDocuments, boolean mayAttach, boolean mayRemoveAttachments) {
}
