package org.trastienda.customers.web;

import org.trastienda.customers.ContactData;

/** A contact as API clients send it; {@code version} is required on PUT. */
record ContactRequest(Long version, String name, String position, String email, String phone, String mobile,
		Boolean primary) {

	ContactData toData() {
		return new ContactData(name, position, email, phone, mobile, primary);
	}
}
