package org.trastienda.customers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A licence or certificate a customer holds, with its expiry date and an optional scan. */
@Entity
class CustomerCertificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long customerId;

	private String type;

	private String number;

	private String issuer;

	private LocalDate issuedOn;

	private LocalDate expiresOn;

	@Column(name = "file_id")
	private Long scanFileId;

	@Version
	private long version;

	protected CustomerCertificate() {
	}

	CustomerCertificate(Long customerId, CertificateData data) {
		this.customerId = customerId;
		apply(data);
	}

	void apply(CertificateData data) {
		this.type = data.type();
		this.number = data.number();
		this.issuer = data.issuer();
		this.issuedOn = data.issuedOn();
		this.expiresOn = data.expiresOn();
	}

	void attachScan(Long fileId) {
		this.scanFileId = fileId;
	}

	CertificateData toData() {
		return new CertificateData(type, number, issuer, issuedOn, expiresOn);
	}

	CertificateView toView(ExpiryPolicy expiry) {
		return new CertificateView(id, version, customerId, type, number, issuer, issuedOn, expiresOn,
				expiry.stateOf(expiresOn), scanFileId);
	}

	Long getId() {
		return id;
	}

	Long getCustomerId() {
		return customerId;
	}

	LocalDate getExpiresOn() {
		return expiresOn;
	}

	Long getScanFileId() {
		return scanFileId;
	}

	long getVersion() {
		return version;
	}

	String label() {
		return number == null ? type : type + " " + number;
	}
}
