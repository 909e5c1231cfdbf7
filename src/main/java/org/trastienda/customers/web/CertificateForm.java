package org.trastienda.customers.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.customers.CertificateData;
import org.trastienda.customers.CertificateView;

/** A licence or certificate being added or edited; dates travel as ISO (the browser's date input). */
public class CertificateForm {

	private Long version;

	private String type;

	private String number;

	private String issuer;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	static CertificateForm of(CertificateView certificate) {
		CertificateForm form = new CertificateForm();
		form.version = certificate.version();
		form.type = certificate.type();
		form.number = certificate.number();
		form.issuer = certificate.issuer();
		form.issuedOn = certificate.issuedOn();
		form.expiresOn = certificate.expiresOn();
		return form;
	}

	CertificateData toData() {
		return new CertificateData(type, number, issuer, issuedOn, expiresOn);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}
}
