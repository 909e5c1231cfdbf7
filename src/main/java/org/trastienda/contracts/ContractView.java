package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract as the API and other modules see it; field names are the API's. */
public record ContractView(Long id, long version, String number, ContractKind kind, Long partyId, String title,
		LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, String currency, Integer paymentTermsDays,
		String ownerUsername, String regionCode, ContractStatus status, List<ContractLineView> lines,
		BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal) {
}
