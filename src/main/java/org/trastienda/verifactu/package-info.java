/**
 * VERI*FACTU (RD 1007/2023, Orden HAC/1177/2024): per issuer NIF, an append-only chain of records, a
 * <em>registro de alta</em> for every issued invoice and a <em>registro de anulación</em> for every
 * one cancelled, each sealed by its huella (SHA-256 over its fields and the previous record's
 * huella). Billing appends through {@link org.trastienda.verifactu.VerifactuChain} inside the
 * transaction that issues or cancels the invoice; the previous record is re-verified before each
 * new one, and the whole chain can be walked to find the first broken link. Also builds the AEAT
 * validation URL and its QR code for the invoice. Sending the records to the AEAT is not done yet:
 * every field it needs is stored as sent.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web" })
package org.trastienda.verifactu;
