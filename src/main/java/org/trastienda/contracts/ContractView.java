package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as the API and other modules see it; field names are the API's.
 *
 * @param partyName the party's legal name as the contract records it
 * @param statusComment the approver's comment on a rejection, or the reason of a cancellation
 * @param revision the contract version in force: 1 from activation, one more per applied amendment
 * @param author username of who drafted it
 * @param overDeliveryTolerancePercent how much more than a line's quantity may be shipped, in percent
 * @param invoicingInAdvance whether invoices may cover more than has been delivered
 */
public record ContractView(Long id, long version, String number, ContractKind kind, Long partyId, String title,
		LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, String currency, Integer paymentTermsDays,
		String ownerUsername, String regionCode, ContractStatus status, List<ContractLineView> lines,
		BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal, String partyName, String notes,
		String statusComment, int revision, String author, Instant createdAt, Instant updatedAt,
		BigDecimal overDeliveryTolerancePercent, boolean invoicingInAdvance) {
}
