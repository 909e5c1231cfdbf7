package org.trastienda.billing;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.trastienda.customers.Address;

/** Postal addresses as invoices print them: street, postal code and city (province), country. */
final class Addresses {

	private Addresses() {
	}

	static String lines(Address address) {
		if (address == null) {
			return null;
		}
		String city = join(" ", address.postalCode(), address.city())
				+ (address.province() == null || address.province().isBlank() || address.province().equals(address.city())
						? "" : " (" + address.province() + ")");
		String text = join("\n", address.street(), city.isBlank() ? null : city, address.countryCode());
		return text.isBlank() ? null : text;
	}

	/** Whether the address has what an invoice must print: street, postal code and city. */
	static String join(String separator, String... parts) {
		return Stream.of(parts).filter(Addresses::present).collect(Collectors.joining(separator));
	}

	static boolean complete(Address address) {
		return address != null && present(address.street()) && present(address.postalCode()) && present(address.city());
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}
}
