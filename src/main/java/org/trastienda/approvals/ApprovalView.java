package org.trastienda.approvals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An approval request with its decisions so far.
 *
 * @param version changes with every decision
 * @param regionCode the code of the subject's region, or null
 * @param author username of the subject's author
 * @param subjectPath the subject's page in this application
 * @param closedAt when it was approved, rejected or withdrawn
 * @param approvals how many distinct people have approved it
 * @param decidableByMe whether the signed-in user may decide it now
 */
public record ApprovalView(Long id, long version, String subjectType, Long subjectId, String reference, String summary,
		BigDecimal amount, String currency, Long regionId, String regionCode, String author, String subjectPath,
		ApprovalStatus status, Instant requestedAt, Instant closedAt, AppliedRule rule, int approvals,
		List<DecisionView> decisions, boolean decidableByMe) {
}
