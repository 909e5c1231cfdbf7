package org.trastienda.customers;

/** A postal address. */
public record Address(String street, String postalCode, String city, String province, String countryCode) {
}
