package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An amendment with the lines and amounts it proposes.
 *
 * @param number 1 for the contract's first amendment, and so on
 * @param baseRevision the contract version it changes
 * @param appliedRevision the version it made once approved; null before
 * @param lines the proposed lines; {@code id} is the contract line changed, null for a new line
 * @param decisionComment the approver's comment (why, on a rejection)
 */
public record AmendmentView(Long id, long version, Long contractId, int number, AmendmentStatus status, String reason,
		LocalDate startsOn, LocalDate endsOn, Integer paymentTermsDays, List<ContractLineView> lines,
		BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal, int baseRevision, Integer appliedRevision,
		String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String decisionComment) {
}
