package org.trastienda.billing.web;

import org.trastienda.billing.CompanyData;
import org.trastienda.billing.CompanyView;
import org.trastienda.customers.Address;

/** The company settings as the admin page writes them; field paths are the API's ({@code address.city}). */
public class CompanyForm {

	private Long version;

	private String legalName;

	private String taxId;

	private AddressForm address = new AddressForm();

	private Integer paymentDays;

	private boolean emailAtIssue;

	static CompanyForm of(CompanyView company) {
		CompanyForm form = new CompanyForm();
		form.version = company.version();
		form.legalName = company.legalName();
		form.taxId = company.taxId();
		form.address = AddressForm.of(company.address());
		form.paymentDays = company.paymentDays();
		form.emailAtIssue = company.emailAtIssue();
		return form;
	}

	CompanyData toData() {
		return new CompanyData(legalName, taxId, address.toAddress(), paymentDays, emailAtIssue);
	}

	/** The address part of the form. */
	public static class AddressForm {

		private String street;

		private String postalCode;

		private String city;

		private String province;

		private String countryCode = "ES";

		static AddressForm of(Address address) {
			AddressForm form = new AddressForm();
			form.street = address.street();
			form.postalCode = address.postalCode();
			form.city = address.city();
			form.province = address.province();
			form.countryCode = address.countryCode();
			return form;
		}

		Address toAddress() {
			return new Address(street, postalCode, city, province, countryCode);
		}

		public String getStreet() {
			return street;
		}

		public void setStreet(String street) {
			this.street = street;
		}

		public String getPostalCode() {
			return postalCode;
		}

		public void setPostalCode(String postalCode) {
			this.postalCode = postalCode;
		}

		public String getCity() {
			return city;
		}

		public void setCity(String city) {
			this.city = city;
		}

		public String getProvince() {
			return province;
		}

		public void setProvince(String province) {
			this.province = province;
		}

		public String getCountryCode() {
			return countryCode;
		}

		public void setCountryCode(String countryCode) {
			this.countryCode = countryCode;
		}
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getLegalName() {
		return legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getTaxId() {
		return taxId;
	}

	public void setTaxId(String taxId) {
		this.taxId = taxId;
	}

	public AddressForm getAddress() {
		return address;
	}

	public void setAddress(AddressForm address) {
		this.address = address;
	}

	public Integer getPaymentDays() {
		return paymentDays;
	}

	public void setPaymentDays(Integer paymentDays) {
		this.paymentDays = paymentDays;
	}

	public boolean isEmailAtIssue() {
		return emailAtIssue;
	}

	public void setEmailAtIssue(boolean emailAtIssue) {
		this.emailAtIssue = emailAtIssue;
	}
}
