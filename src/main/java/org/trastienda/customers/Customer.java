package org.trastienda.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.trastienda.shared.BusinessRuleException;

/** A customer, distributor, partner or supplier, with its contact persons. */
@Entity
class Customer {

	/** From a sequence in blocks, so imports insert customers in batches (V6). */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
	@SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private CustomerKind kind;

	private String legalName;

	private String tradeName;

	private String taxId;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 2)
	private String countryCode;

	private String segment;

	private Long regionId;

	private Long ownerId;

	@Enumerated(EnumType.STRING)
	private CustomerStatus status;

	private String email;

	private String phone;

	private String website;

	private String street;

	private String postalCode;

	private String city;

	private String province;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 2)
	private String addressCountryCode;

	private String invoiceEmail;

	private Integer paymentTermsDays;

	private BigDecimal creditLimit;

	private String iban;

	private boolean recargoEquivalencia;

	private String language;

	private String notes;

	/** Derived from names, tax id, e-mails and contacts: a contact edit must not make the customer's form stale. */
	@OptimisticLock(excluded = true)
	private String searchText = "";

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	@BatchSize(size = 100)
	private List<CustomerContact> contacts = new ArrayList<>();

	protected Customer() {
	}

	Customer(String code, Instant now, String username) {
		this.code = code;
		this.status = CustomerStatus.ACTIVE;
		this.createdAt = now;
		this.createdBy = username;
		this.updatedAt = now;
		this.updatedBy = username;
	}

	/** Takes over everything the data says; owner and region are already resolved to ids. */
	void apply(CustomerData data, Long ownerId, Long regionId) {
		this.kind = data.kind();
		this.legalName = data.legalName();
		this.tradeName = data.tradeName();
		this.taxId = data.taxId();
		this.countryCode = data.countryCode();
		this.segment = data.segment();
		this.ownerId = ownerId;
		this.regionId = regionId;
		this.status = data.status();
		this.email = data.email();
		this.phone = data.phone();
		this.website = data.website();
		Address address = data.address();
		this.street = address.street();
		this.postalCode = address.postalCode();
		this.city = address.city();
		this.province = address.province();
		this.addressCountryCode = address.countryCode();
		BillingData billing = data.billing();
		this.invoiceEmail = billing.invoiceEmail();
		this.paymentTermsDays = billing.paymentTermsDays();
		this.creditLimit = billing.creditLimit();
		this.iban = billing.iban();
		this.recargoEquivalencia = billing.recargoEquivalencia();
		this.language = billing.language();
		this.notes = data.notes();
		refreshSearchText();
	}

	/** The customer as a user would write it, with owner and region named by the caller. */
	CustomerData toData(String ownerUsername, String regionCode) {
		return new CustomerData(kind, legalName, tradeName, taxId, countryCode, segment, regionCode, ownerUsername,
				status, email, phone, website, new Address(street, postalCode, city, province, addressCountryCode),
				new BillingData(invoiceEmail, paymentTermsDays, creditLimit, iban, recargoEquivalencia, language),
				notes);
	}

	void archive() {
		this.status = CustomerStatus.ARCHIVED;
	}

	void touch(Instant now, String username) {
		this.updatedAt = now;
		this.updatedBy = username;
	}

	CustomerContact addContact(ContactData data) {
		CustomerContact contact = new CustomerContact(this, data);
		contacts.add(contact);
		if (contacts.size() == 1 || Boolean.TRUE.equals(data.primary())) {
			makePrimary(contact);
		}
		refreshSearchText();
		return contact;
	}

	/** Changes a contact; taking the primary flag away from the primary contact is refused. */
	void changeContact(CustomerContact contact, ContactData data) {
		if (contact.isPrimary() && Boolean.FALSE.equals(data.primary())) {
			throw new BusinessRuleException("customers.contact.primaryRequired");
		}
		contact.apply(data);
		if (Boolean.TRUE.equals(data.primary())) {
			makePrimary(contact);
		}
		refreshSearchText();
	}

	/** Removes a contact; when it was the primary one, the oldest remaining contact becomes primary. */
	void removeContact(CustomerContact contact) {
		contacts.remove(contact);
		if (contact.isPrimary() && !contacts.isEmpty()) {
			makePrimary(contacts.stream().min(Comparator.comparing(CustomerContact::getId)).orElseThrow());
		}
		refreshSearchText();
	}

	private void makePrimary(CustomerContact primary) {
		contacts.forEach(contact -> contact.setPrimary(contact == primary));
	}

	private void refreshSearchText() {
		Stream<String> own = Stream.of(legalName, tradeName, taxId, email);
		Stream<String> ofContacts = contacts.stream().flatMap(contact -> Stream.of(contact.getName(), contact.getEmail()));
		String text = Stream.concat(own, ofContacts)
				.filter(Objects::nonNull)
				.map(value -> value.toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(" "));
		this.searchText = text.length() > 4000 ? text.substring(0, 4000) : text;
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getLegalName() {
		return legalName;
	}

	String getTaxId() {
		return taxId;
	}

	Long getRegionId() {
		return regionId;
	}

	Long getOwnerId() {
		return ownerId;
	}

	CustomerStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}

	List<CustomerContact> getContacts() {
		return contacts;
	}

	/** How the audit trail names the customer. */
	String label() {
		return code + " " + legalName;
	}
}
