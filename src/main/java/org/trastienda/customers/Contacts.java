package org.trastienda.customers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * A customer's contact persons: exactly one is primary when there are any. Every change to any
 * contact (also a primary flag moving to another) is recorded.
 */
@Component
class Contacts {

	private final ScopedCustomers scoped;

	private final CustomerRepository customers;

	private final CustomerAudit audit;

	Contacts(ScopedCustomers scoped, CustomerRepository customers, CustomerAudit audit) {
		this.scoped = scoped;
		this.customers = customers;
		this.audit = audit;
	}

	List<ContactView> list(CurrentUser user, Long customerId) {
		return scoped.require(user, customerId).getContacts().stream().map(CustomerContact::toView).toList();
	}

	ContactView get(CurrentUser user, Long customerId, Long contactId) {
		return find(scoped.require(user, customerId), contactId).toView();
	}

	ContactView add(CurrentUser user, Long customerId, ContactData input) {
		Customer customer = scoped.requireFullAccess(user, customerId);
		ContactData data = checked(input);
		Map<Long, ContactData> before = snapshot(customer);
		CustomerContact contact = customer.addContact(data);
		customers.flush();
		recordChanges(customer, before, user);
		return contact.toView();
	}

	ContactView update(CurrentUser user, Long customerId, Long contactId, Long version, ContactData input) {
		Customer customer = scoped.requireFullAccess(user, customerId);
		CustomerContact contact = find(customer, contactId);
		Versions.requireCurrent(version, contact.getVersion());
		ContactData data = checked(input);
		Map<Long, ContactData> before = snapshot(customer);
		customer.changeContact(contact, data);
		customers.flush();
		recordChanges(customer, before, user);
		return contact.toView();
	}

	void remove(CurrentUser user, Long customerId, Long contactId) {
		Customer customer = scoped.requireFullAccess(user, customerId);
		CustomerContact contact = find(customer, contactId);
		Map<Long, ContactData> before = snapshot(customer);
		customer.removeContact(contact);
		customers.flush();
		recordChanges(customer, before, user);
	}

	private static CustomerContact find(Customer customer, Long contactId) {
		return customer.getContacts().stream()
			.filter(contact -> contact.getId().equals(contactId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("contact", contactId));
	}

	private static ContactData checked(ContactData input) {
		ContactData data = new ContactData(CustomerInput.trim(input.name()), CustomerInput.trim(input.position()),
				CustomerInput.trim(input.email()), CustomerInput.trim(input.phone()), CustomerInput.trim(input.mobile()),
				input.primary());
		new FieldChecks().text("name", data.name(), 160, true)
			.text("position", data.position(), 120, false)
			.email("email", data.email())
			.phone("phone", data.phone())
			.phone("mobile", data.mobile())
			.throwIfAny();
		return data;
	}

	private static Map<Long, ContactData> snapshot(Customer customer) {
		Map<Long, ContactData> contacts = new HashMap<>();
		customer.getContacts().forEach(contact -> contacts.put(contact.getId(), contact.toData()));
		return contacts;
	}

	/** Records what happened to each contact between the snapshot and now. */
	private void recordChanges(Customer customer, Map<Long, ContactData> before, CurrentUser user) {
		for (CustomerContact contact : customer.getContacts()) {
			ContactData old = before.remove(contact.getId());
			ContactData now = contact.toData();
			if (old == null) {
				record(customer, contact.getId(), CustomerAudit.CREATED, now, created(now), user);
			}
			else {
				Changes changes = between(old, now);
				if (!changes.isEmpty()) {
					record(customer, contact.getId(), CustomerAudit.UPDATED, now, changes, user);
				}
			}
		}
		before.forEach((id, removed) -> record(customer, id, CustomerAudit.DELETED, removed, between(removed,
				new ContactData(null, null, null, null, null, null)), user));
	}

	private void record(Customer customer, Long contactId, String action, ContactData data, Changes changes,
			CurrentUser user) {
		audit.record(CustomerAudit.CONTACT, contactId, customer.getId(), action, data.name(), user, changes);
	}

	private static Changes created(ContactData data) {
		return new Changes().created("name", data.name())
			.created("position", data.position())
			.created("email", data.email())
			.created("phone", data.phone())
			.created("mobile", data.mobile())
			.created("primary", data.primary());
	}

	private static Changes between(ContactData old, ContactData now) {
		return new Changes().field("name", old.name(), now.name())
			.field("position", old.position(), now.position())
			.field("email", old.email(), now.email())
			.field("phone", old.phone(), now.phone())
			.field("mobile", old.mobile(), now.mobile())
			.field("primary", old.primary(), now.primary());
	}
}
