package org.trastienda.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A person we deal with at a customer; part of the customer. */
@Entity
class CustomerContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	private String name;

	private String position;

	private String email;

	private String phone;

	private String mobile;

	@Column(name = "is_primary")
	private boolean primary;

	@Version
	private long version;

	protected CustomerContact() {
	}

	CustomerContact(Customer customer, ContactData data) {
		this.customer = customer;
		apply(data);
	}

	void apply(ContactData data) {
		this.name = data.name();
		this.position = data.position();
		this.email = data.email();
		this.phone = data.phone();
		this.mobile = data.mobile();
	}

	ContactData toData() {
		return new ContactData(name, position, email, phone, mobile, primary);
	}

	ContactView toView() {
		return new ContactView(id, version, name, position, email, phone, mobile, primary);
	}

	void setPrimary(boolean primary) {
		this.primary = primary;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	String getEmail() {
		return email;
	}

	boolean isPrimary() {
		return primary;
	}

	long getVersion() {
		return version;
	}
}
