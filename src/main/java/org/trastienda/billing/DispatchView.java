package org.trastienda.billing;

import java.time.Instant;

/** One e-mail of an issued invoice's PDF to the customer. */
public record DispatchView(String recipient, Instant sentAt, String sentBy) {
}
