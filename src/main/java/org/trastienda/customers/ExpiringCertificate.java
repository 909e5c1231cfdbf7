package org.trastienda.customers;

import java.time.LocalDate;

/** A certificate expiring soon (or expired), with the customer it belongs to: for the dashboard. */
public record ExpiringCertificate(Long certificateId, Long customerId, String customerCode, String customerName,
		String ownerUsername, String type, String number, LocalDate expiresOn, ExpiryState expiryState) {
}
