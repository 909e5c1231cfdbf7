/**
 * The product catalogue: what the company sells and buys, each product with its SKU, unit, list
 * price and VAT rate (the rates themselves are data, in {@code vat_rate}). Everyone signed in
 * reads it; the back office and administrators keep it, by hand or by CSV/XLSX import, every change
 * recorded in the audit trail. Contracts take their lines' defaults from {@link org.trastienda.catalog.Catalog}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "documents", "web" })
package org.trastienda.catalog;
