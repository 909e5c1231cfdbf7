package org.trastienda.customers.web;

import java.time.LocalDate;

import org.trastienda.customers.CertificateData;

/** A licence or certificate as API clients send it; {@code version} is required on PUT. */
record CertificateRequest(Long version, String type, String number, String issuer, LocalDate issuedOn,
		LocalDate expiresOn) {

	CertificateData toData() {
		return new CertificateData(type, number, issuer, issuedOn, expiresOn);
	}
}
