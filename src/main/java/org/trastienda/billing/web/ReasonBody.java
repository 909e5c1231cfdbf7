package org.trastienda.billing.web;

/** A reason, for cancelling an invoice, asking for an override or rejecting a request; {@code version} where the record has one. */
record ReasonBody(Long version, String reason) {
}
