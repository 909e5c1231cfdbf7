package org.trastienda.customers;

import java.time.LocalDate;

/** What a user writes for a licence or certificate. */
public record CertificateData(String type, String number, String issuer, LocalDate issuedOn, LocalDate expiresOn) {
}
