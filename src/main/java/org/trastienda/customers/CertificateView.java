package org.trastienda.customers;

import java.time.LocalDate;

/** A licence or certificate of a customer; {@code scanFileId} is the attached scan in the file store, or null. */
public record CertificateView(Long id, long version, Long customerId, String type, String number, String issuer,
		LocalDate issuedOn, LocalDate expiresOn, ExpiryState expiryState, Long scanFileId) {
}
