package org.trastienda.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user writes when drafting a contract. Null means: {@code currency} EUR, {@code paymentTermsDays}
 * the party's terms, {@code ownerUsername} the author when a sales rep (else the party's owner),
 * {@code regionCode} the party's region. {@code kind} is fixed once the contract is numbered.
 */
public record ContractData(ContractKind kind, Long partyId, String title, LocalDate signedOn, LocalDate startsOn,
		LocalDate endsOn, String currency, Integer paymentTermsDays, String ownerUsername, String regionCode,
		String notes, List<ContractLineData> lines) {

	public ContractData {
		lines = lines == null ? List.of() : lines.stream().map(line -> line == null ? ContractLineData.EMPTY : line).toList();
	}
}
