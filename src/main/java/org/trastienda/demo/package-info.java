/**
 * The demo company: on an empty database in demo mode, four regions, a login for every role and
 * 300 customers with contacts, certificates, notes and attachments, all created through the
 * modules' public services so history and search work as for real data. Deterministic: the
 * same seed gives the same company.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "customers", "web" })
package org.trastienda.demo;
