package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a user writes when drafting a contract. Null means: {@code currency} EUR, {@code paymentTermsDays}
 * the party's terms, {@code ownerUsername} the author when a sales rep (else the party's owner),
 * {@code regionCode} the party's region, {@code overDeliveryTolerancePercent} 0 and
 * {@code invoicingInAdvance} false (or, on a change, what the contract has). {@code kind} is fixed
 * once the contract is numbered.
 *
 * @param overDeliveryTolerancePercent how much more than a line's quantity may be shipped, 0 to 100
 * @param invoicingInAdvance whether invoices may cover more than has been delivered
 */
public record ContractData(ContractKind kind, Long partyId, String title, LocalDate signedOn, LocalDate startsOn,
		LocalDate endsOn, String currency, Integer paymentTermsDays, String ownerUsername, String regionCode,
		String notes, List<ContractLineData> lines, BigDecimal overDeliveryTolerancePercent,
		Boolean invoicingInAdvance) {

	public ContractData {
		lines = lines == null ? List.of() : lines.stream().map(line -> line == null ? ContractLineData.EMPTY : line).toList();
	}

	/** A contract with the default fulfilment terms (no tolerance, no invoicing in advance). */
	public ContractData(ContractKind kind, Long partyId, String title, LocalDate signedOn, LocalDate startsOn,
			LocalDate endsOn, String currency, Integer paymentTermsDays, String ownerUsername, String regionCode,
			String notes, List<ContractLineData> lines) {
		this(kind, partyId, title, signedOn, startsOn, endsOn, currency, paymentTermsDays, ownerUsername, regionCode,
				notes, lines, null, null);
	}
}
