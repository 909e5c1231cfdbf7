package org.trastienda.billing.web;

import java.time.LocalDate;

/** Reserving an invoice request: the clerk (the caller when absent) and the expected invoicing day. */
record ReserveBody(Long version, String assignedTo, LocalDate expectedOn) {
}
