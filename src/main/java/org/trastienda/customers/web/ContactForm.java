package org.trastienda.customers.web;

import org.trastienda.customers.ContactData;
import org.trastienda.customers.ContactView;

/** A contact person being added or edited; field names are the API's. */
public class ContactForm {

	private Long version;

	private String name;

	private String position;

	private String email;

	private String phone;

	private String mobile;

	private boolean primary;

	static ContactForm of(ContactView contact) {
		ContactForm form = new ContactForm();
		form.version = contact.version();
		form.name = contact.name();
		form.position = contact.position();
		form.email = contact.email();
		form.phone = contact.phone();
		form.mobile = contact.mobile();
		form.primary = contact.primary();
		return form;
	}

	ContactData toData() {
		return new ContactData(name, position, email, phone, mobile, primary);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
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

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public boolean isPrimary() {
		return primary;
	}

	public void setPrimary(boolean primary) {
		this.primary = primary;
	}
}
