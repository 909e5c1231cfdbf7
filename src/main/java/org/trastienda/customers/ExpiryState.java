package org.trastienda.customers;

/**
 * Where a certificate stands against its expiry date: {@code EXPIRING} within the warning
 * threshold ({@code trastienda.certificates.expiry-days}), {@code EXPIRED} after the date.
 */
public enum ExpiryState {
	VALID, EXPIRING, EXPIRED
}
