package org.trastienda.billing;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.trastienda.customers.Address;

/** The one row of company settings. */
@Entity
@Table(name = "company_settings")
class CompanyProfile {

	static final int ID = 1;

	@Id
	private Integer id;

	private String legalName;

	private String taxId;

	private String street;

	private String postalCode;

	private String city;

	private String province;

	private String countryCode;

	private int paymentDays;

	private boolean emailAtIssue;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected CompanyProfile() {
	}

	void change(String legalName, String taxId, Address address, int paymentDays, boolean emailAtIssue, String actor,
			Instant now) {
		this.legalName = legalName;
		this.taxId = taxId;
		this.street = address.street();
		this.postalCode = address.postalCode();
		this.city = address.city();
		this.province = address.province();
		this.countryCode = address.countryCode();
		this.paymentDays = paymentDays;
		this.emailAtIssue = emailAtIssue;
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	Address address() {
		return new Address(street, postalCode, city, province, countryCode);
	}

	/** The issuer as invoices print it. */
	Party asIssuer() {
		return new Party(legalName, taxId, Addresses.lines(address()));
	}

	/** Whether an invoice can name the issuer as the law asks: name, NIF and address. */
	boolean complete() {
		return Stream.of(legalName, taxId, street, postalCode, city).allMatch(Objects::nonNull);
	}

	CompanyView toView() {
		return new CompanyView(version, legalName, taxId, address(), paymentDays, emailAtIssue);
	}

	int getPaymentDays() {
		return paymentDays;
	}

	boolean isEmailAtIssue() {
		return emailAtIssue;
	}

	String getTaxId() {
		return taxId;
	}

	long getVersion() {
		return version;
	}
}
