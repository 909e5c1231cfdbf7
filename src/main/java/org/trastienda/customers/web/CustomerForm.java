package org.trastienda.customers.web;

import java.math.BigDecimal;

import org.springframework.format.annotation.NumberFormat;
import org.trastienda.customers.Address;
import org.trastienda.customers.BillingData;
import org.trastienda.customers.CustomerData;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.customers.CustomerView;

/**
 * The customer form. Property paths are the API's field names ({@code address.city},
 * {@code billing.iban}), so the service's field errors land beside the right input.
 */
public class CustomerForm {

	private Long version;

	private CustomerKind kind = CustomerKind.CUSTOMER;

	private String legalName;

	private String tradeName;

	private String taxId;

	private String countryCode = "ES";

	private String segment;

	private String regionCode;

	private String ownerUsername;

	private CustomerStatus status;

	private String email;

	private String phone;

	private String website;

	private AddressForm address = new AddressForm();

	private BillingForm billing = new BillingForm();

	private String notes;

	static CustomerForm of(CustomerView customer) {
		CustomerForm form = new CustomerForm();
		form.version = customer.version();
		form.kind = customer.kind();
		form.legalName = customer.legalName();
		form.tradeName = customer.tradeName();
		form.taxId = customer.taxId();
		form.countryCode = customer.countryCode();
		form.segment = customer.segment();
		form.regionCode = customer.regionCode();
		form.ownerUsername = customer.ownerUsername();
		form.status = customer.status();
		form.email = customer.email();
		form.phone = customer.phone();
		form.website = customer.website();
		form.address = AddressForm.of(customer.address());
		form.billing = BillingForm.of(customer.billing());
		form.notes = customer.notes();
		return form;
	}

	/** Keeps only the posted billing data and version; everything else as the customer stands. */
	void keepAllButBillingOf(CustomerView customer) {
		CustomerForm stored = of(customer);
		BillingForm postedBilling = billing;
		Long postedVersion = version;
		kind = stored.kind;
		legalName = stored.legalName;
		tradeName = stored.tradeName;
		taxId = stored.taxId;
		countryCode = stored.countryCode;
		segment = stored.segment;
		regionCode = stored.regionCode;
		ownerUsername = stored.ownerUsername;
		status = stored.status;
		email = stored.email;
		phone = stored.phone;
		website = stored.website;
		address = stored.address;
		notes = stored.notes;
		billing = postedBilling;
		version = postedVersion;
	}

	CustomerData toData() {
		return new CustomerData(kind, legalName, tradeName, taxId, countryCode, segment, regionCode, ownerUsername,
				status, email, phone, website, address.toAddress(), billing.toBilling(), notes);
	}

	/** The postal address part of the form. */
	public static class AddressForm {

		private String street;

		private String postalCode;

		private String city;

		private String province;

		private String countryCode = "ES";

		static AddressForm of(Address address) {
			AddressForm form = new AddressForm();
			if (address != null) {
				form.street = address.street();
				form.postalCode = address.postalCode();
				form.city = address.city();
				form.province = address.province();
				form.countryCode = address.countryCode();
			}
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

	/** The billing part of the form; the credit limit is read and shown in the user's number format. */
	public static class BillingForm {

		private String invoiceEmail;

		private Integer paymentTermsDays;

		@NumberFormat(style = NumberFormat.Style.NUMBER)
		private BigDecimal creditLimit;

		private String iban;

		private boolean recargoEquivalencia;

		private String language = "es";

		static BillingForm of(BillingData billing) {
			BillingForm form = new BillingForm();
			if (billing != null) {
				form.invoiceEmail = billing.invoiceEmail();
				form.paymentTermsDays = billing.paymentTermsDays();
				form.creditLimit = billing.creditLimit();
				form.iban = billing.iban();
				form.recargoEquivalencia = billing.recargoEquivalencia();
				form.language = billing.language();
			}
			return form;
		}

		BillingData toBilling() {
			return new BillingData(invoiceEmail, paymentTermsDays, creditLimit, iban, recargoEquivalencia, language);
		}

		public String getInvoiceEmail() {
			return invoiceEmail;
		}

		public void setInvoiceEmail(String invoiceEmail) {
			this.invoiceEmail = invoiceEmail;
		}

		public Integer getPaymentTermsDays() {
			return paymentTermsDays;
		}

		public void setPaymentTermsDays(Integer paymentTermsDays) {
			this.paymentTermsDays = paymentTermsDays;
		}

		public BigDecimal getCreditLimit() {
			return creditLimit;
		}

		public void setCreditLimit(BigDecimal creditLimit) {
			this.creditLimit = creditLimit;
		}

		public String getIban() {
			return iban;
		}

		public void setIban(String iban) {
			this.iban = iban;
		}

		public boolean isRecargoEquivalencia() {
			return recargoEquivalencia;
		}

		public void setRecargoEquivalencia(boolean recargoEquivalencia) {
			this.recargoEquivalencia = recargoEquivalencia;
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public CustomerKind getKind() {
		return kind;
	}

	public void setKind(CustomerKind kind) {
		this.kind = kind;
	}

	public String getLegalName() {
		return legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getTradeName() {
		return tradeName;
	}

	public void setTradeName(String tradeName) {
		this.tradeName = tradeName;
	}

	public String getTaxId() {
		return taxId;
	}

	public void setTaxId(String taxId) {
		this.taxId = taxId;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getSegment() {
		return segment;
	}

	public void setSegment(String segment) {
		this.segment = segment;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getOwnerUsername() {
		return ownerUsername;
	}

	public void setOwnerUsername(String ownerUsername) {
		this.ownerUsername = ownerUsername;
	}

	public CustomerStatus getStatus() {
		return status;
	}

	public void setStatus(CustomerStatus status) {
		this.status = status;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public AddressForm getAddress() {
		return address;
	}

	public void setAddress(AddressForm address) {
		this.address = address;
	}

	public BillingForm getBilling() {
		return billing;
	}

	public void setBilling(BillingForm billing) {
		this.billing = billing;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}
}
