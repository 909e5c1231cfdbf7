/**
 * Read-only figures over many modules, in SQL: the dashboard, and the contract performance
 * statistics (signed, executed, invoiced, collected, late milestones by period) with their page,
 * API, exports and the monthly report pack e-mailed to the sales director and regional managers.
 * Reads other modules' tables, never their entities; writes nothing but outbox messages and the
 * pack's files.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "documents", "outbox", "web" })
package org.trastienda.reporting;
