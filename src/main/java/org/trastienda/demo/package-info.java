/**
 * The demo company: on an empty database in demo mode, four regions, a login for every role and
 * 300 customers with contacts, certificates, notes and attachments, a catalogue of about 150
 * products, 150 contracts of the last two years in every state (with approvals, amendments and
 * schedules, some milestones late), the shipments and receipts of those in execution with their
 * delivery status, the invoices of what was delivered, returns in every state with the rectifying
 * invoices they led to, and invoice requests waiting for the back office, all created through the
 * modules' public services so history and search work as for real data. Deterministic: the same
 * seed and day give the same company.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "customers", "catalog",
		"contracts", "approvals", "execution", "fulfillment", "billing", "web" })
package org.trastienda.demo;
