package org.trastienda.contracts;

import java.time.LocalDate;

/**
 * List filters; each null means "any". {@code q} is a fragment of number, title or party name;
 * {@code owner} a username, {@code region} a region code; signed dates are inclusive.
 */
public record ContractFilter(String q, ContractKind kind, ContractStatus status, Long partyId, String owner,
		String region, LocalDate signedFrom, LocalDate signedTo) {

	public static ContractFilter none() {
		return new ContractFilter(null, null, null, null, null, null, null, null);
	}
}
