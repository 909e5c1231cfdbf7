package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an active contract as it was approved.
 *
 * @param revision 1 for the contract as activated, one more per applied amendment
 * @param amendmentId the amendment that made this version; null for version 1
 * @param createdAt when the version came into force (the approval)
 * @param createdBy who approved it
 */
public record ContractRevisionView(int revision, Long amendmentId, Instant createdAt, String createdBy, String title,
		LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, String currency, Integer paymentTermsDays,
		List<ContractLineView> lines, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal,
		BigDecimal overDeliveryTolerancePercent, boolean invoicingInAdvance) {
}
