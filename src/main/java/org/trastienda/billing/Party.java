package org.trastienda.billing;

/** Who issues or receives an invoice, as it prints: name, tax id and address lines. */
record Party(String name, String taxId, String address) {
}
