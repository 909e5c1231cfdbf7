/**
 * The demo company: on an empty database in demo mode, four regions, a login for every role and
 * 300 customers with contacts, certificates, notes and attachments, a catalogue of about 150
 * products and 150 contracts of the last two years in every state (with approvals, amendments and
 * schedules, some milestones late), all created through the
 * modules' public services so history and search work as for real data. Deterministic: the
 * same seed gives the same company.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "customers", "catalog", "contracts", "approvals", "execution", "web" })
package org.trastienda.demo;
