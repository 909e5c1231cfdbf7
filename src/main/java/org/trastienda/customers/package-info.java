/**
 * The customer archive: customers, distributors, partners and suppliers with their contacts,
 * billing data, licences and certificates, attachments, notes, history and timeline. Applies the
 * data scope (own / region / all) in every query and warns before certificates expire.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "documents", "outbox", "web" })
package org.trastienda.customers;
