package org.trastienda.customers;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.trastienda.audit.Changes;

/**
 * The fields a user writes on a customer, named by their API paths: one list for the history's
 * field changes, the import's columns and the export's columns.
 */
enum CustomerField {

	KIND("kind", Type.KIND, CustomerData::kind),
	LEGAL_NAME("legalName", Type.TEXT, CustomerData::legalName),
	TRADE_NAME("tradeName", Type.TEXT, CustomerData::tradeName),
	TAX_ID("taxId", Type.TEXT, CustomerData::taxId),
	COUNTRY_CODE("countryCode", Type.TEXT, CustomerData::countryCode),
	SEGMENT("segment", Type.TEXT, CustomerData::segment),
	REGION_CODE("regionCode", Type.TEXT, CustomerData::regionCode),
	OWNER_USERNAME("ownerUsername", Type.TEXT, CustomerData::ownerUsername),
	STATUS("status", Type.STATUS, CustomerData::status),
	EMAIL("email", Type.TEXT, CustomerData::email),
	PHONE("phone", Type.TEXT, CustomerData::phone),
	WEBSITE("website", Type.TEXT, CustomerData::website),
	STREET("address.street", Type.TEXT, data -> data.address().street()),
	POSTAL_CODE("address.postalCode", Type.TEXT, data -> data.address().postalCode()),
	CITY("address.city", Type.TEXT, data -> data.address().city()),
	PROVINCE("address.province", Type.TEXT, data -> data.address().province()),
	ADDRESS_COUNTRY_CODE("address.countryCode", Type.TEXT, data -> data.address().countryCode()),
	INVOICE_EMAIL("billing.invoiceEmail", Type.TEXT, data -> data.billing().invoiceEmail()),
	PAYMENT_TERMS_DAYS("billing.paymentTermsDays", Type.INTEGER, data -> data.billing().paymentTermsDays()),
	CREDIT_LIMIT("billing.creditLimit", Type.DECIMAL, data -> data.billing().creditLimit()),
	IBAN("billing.iban", Type.TEXT, data -> data.billing().iban()),
	RECARGO_EQUIVALENCIA("billing.recargoEquivalencia", Type.BOOLEAN, data -> data.billing().recargoEquivalencia()),
	LANGUAGE("billing.language", Type.TEXT, data -> data.billing().language()),
	NOTES("notes", Type.TEXT, CustomerData::notes);

	/** How a field's value is written as text in a spreadsheet cell. */
	enum Type {
		TEXT, KIND, STATUS, INTEGER, DECIMAL, BOOLEAN
	}

	private final String path;

	private final Type type;

	private final Function<CustomerData, Object> getter;

	CustomerField(String path, Type type, Function<CustomerData, Object> getter) {
		this.path = path;
		this.type = type;
		this.getter = getter;
	}

	String path() {
		return path;
	}

	Type type() {
		return type;
	}

	Object valueIn(CustomerData data) {
		return getter.apply(data);
	}

	/** Every field's value, keyed by field. */
	static Map<CustomerField, Object> valuesOf(CustomerData data) {
		Map<CustomerField, Object> values = new EnumMap<>(CustomerField.class);
		for (CustomerField field : values()) {
			values.put(field, field.valueIn(data));
		}
		return values;
	}

	/** The data the values make up (missing fields are absent). */
	static CustomerData dataOf(Map<CustomerField, Object> values) {
		return new CustomerData((CustomerKind) values.get(KIND), (String) values.get(LEGAL_NAME),
				(String) values.get(TRADE_NAME), (String) values.get(TAX_ID), (String) values.get(COUNTRY_CODE),
				(String) values.get(SEGMENT), (String) values.get(REGION_CODE), (String) values.get(OWNER_USERNAME),
				(CustomerStatus) values.get(STATUS), (String) values.get(EMAIL), (String) values.get(PHONE),
				(String) values.get(WEBSITE),
				new Address((String) values.get(STREET), (String) values.get(POSTAL_CODE), (String) values.get(CITY),
						(String) values.get(PROVINCE), (String) values.get(ADDRESS_COUNTRY_CODE)),
				new BillingData((String) values.get(INVOICE_EMAIL), (Integer) values.get(PAYMENT_TERMS_DAYS),
						(BigDecimal) values.get(CREDIT_LIMIT), (String) values.get(IBAN),
						Boolean.TRUE.equals(values.get(RECARGO_EQUIVALENCIA)), (String) values.get(LANGUAGE)),
				(String) values.get(NOTES));
	}

	/** What a user would write to get the customer as it is. */
	static CustomerData dataOf(CustomerView view) {
		return new CustomerData(view.kind(), view.legalName(), view.tradeName(), view.taxId(), view.countryCode(),
				view.segment(), view.regionCode(), view.ownerUsername(), view.status(), view.email(), view.phone(),
				view.website(), view.address(), view.billing(), view.notes());
	}

	/** The data with other billing data. */
	static CustomerData withBilling(CustomerData data, BillingData billing) {
		return new CustomerData(data.kind(), data.legalName(), data.tradeName(), data.taxId(), data.countryCode(),
				data.segment(), data.regionCode(), data.ownerUsername(), data.status(), data.email(), data.phone(),
				data.website(), data.address(), billing, data.notes());
	}

	/** The fields that differ between two states of a customer, old and new value each. */
	static Changes between(CustomerData before, CustomerData after) {
		Changes changes = new Changes();
		for (CustomerField field : values()) {
			changes.field(field.path, field.valueIn(before), field.valueIn(after));
		}
		return changes;
	}

	/** Every field of a new customer. */
	static Changes created(CustomerData data) {
		Changes changes = new Changes();
		for (CustomerField field : values()) {
			changes.created(field.path, field.valueIn(data));
		}
		return changes;
	}

	/** Whether the two states differ outside the billing data. */
	static boolean differOutsideBilling(CustomerData before, CustomerData after) {
		return between(before, after).list().stream().anyMatch(change -> !change.field().startsWith("billing."));
	}
}
