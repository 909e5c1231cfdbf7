package org.trastienda.approvals;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request as lists show it.
 *
 * @param approvals how many distinct people have approved it
 * @param approvalsRequired how many its rule requires
 */
public record ApprovalSummary(Long id, String subjectType, Long subjectId, String reference, String summary,
		BigDecimal amount, String currency, String author, ApprovalStatus status, Instant requestedAt, Instant closedAt,
		int approvals, int approvalsRequired) {
}
