/**
 * The four-eyes engine. Other modules ask for approval of a subject they own (a contract's
 * activation, an amendment, later invoice overrides, expense claims…) with {@link org.trastienda.approvals.Approvals#request};
 * the request is judged under the rule for its subject type and amount, frozen when it is made, and
 * every user who may decide it is e-mailed. When enough distinct people approve, or one rejects,
 * the subject's module hears it through {@link org.trastienda.approvals.ApprovalGranted} or
 * {@link org.trastienda.approvals.ApprovalRejected}, published in the deciding transaction. Whatever
 * the caller, the author of a subject never decides it and nobody decides a request twice. Owns the
 * approval rules (administered per subject type), the requests and decisions, and the approvers' inbox.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "outbox", "web" })
package org.trastienda.approvals;
