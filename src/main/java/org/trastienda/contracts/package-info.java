/**
 * Sales and purchase contracts with their lines, amounts, amendments and required documents;
 * the status from draft through approval to completion. Activation and amendments go through the
 * four-eyes engine; what happens after activation is followed by the execution schedule.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "customers", "documents", "outbox", "approvals", "web" })
package org.trastienda.contracts;
