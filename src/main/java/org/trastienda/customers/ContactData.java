package org.trastienda.customers;

/** What a user writes for a contact person. {@code primary} null means "not primary" (the first contact always is). */
public record ContactData(String name, String position, String email, String phone, String mobile, Boolean primary) {
}
