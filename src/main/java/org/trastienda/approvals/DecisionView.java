package org.trastienda.approvals;

import java.time.Instant;

/** One person's decision on a request. */
public record DecisionView(String decidedBy, Instant decidedAt, DecisionOutcome outcome, String comment) {
}
