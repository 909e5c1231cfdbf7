/**
 * Invoices of sales contracts: the issuer's settings and the invoice series (one counter per year),
 * invoice requests from reps and the back office, drafts priced against the contract, the pre-check
 * that compares every draft with the contract, what was delivered and the customer's billing data
 * (blocking findings are overridden only through the four-eyes engine), issuing under a row lock on
 * the series with no gaps, the frozen invoice (entity guard and database trigger), its PDF with the
 * AEAT QR code and its VERI*FACTU record, rectifying invoices and cancellations, the e-mail to the
 * customer through the outbox, and the register of issued invoices.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "customers",
		"contracts", "execution", "fulfillment", "documents", "outbox", "approvals", "verifactu", "web" })
package org.trastienda.billing;
