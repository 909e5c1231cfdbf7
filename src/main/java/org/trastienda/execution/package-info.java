/**
 * The execution schedule of a contract: the milestones that follow its activation (production,
 * shipment, delivery, acceptance, invoicing, payment for a sale; order, receipt, inspection,
 * invoice, payment for a purchase), created from a per-kind template with planned dates derived
 * from the contract's dates, edited by the back office and marked done with the actual date.
 * Derives each milestone's state and slippage from the clock, warns and escalates late milestones
 * every day through the outbox, and renders the customer-facing status report. Later modules
 * complete milestones through {@link org.trastienda.execution.ExecutionSchedule#completeMilestone}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "contracts", "customers", "documents", "outbox", "web" })
package org.trastienda.execution;
