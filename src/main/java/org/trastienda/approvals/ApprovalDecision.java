package org.trastienda.approvals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's decision on a request; never changed once made. */
@Entity
@Table(name = "approval_decision")
class ApprovalDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String decidedBy;

	private Instant decidedAt;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome outcome;

	@Column(name = "comment_text")
	private String comment;

	protected ApprovalDecision() {
	}

	ApprovalDecision(String decidedBy, Instant decidedAt, DecisionOutcome outcome, String comment) {
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.outcome = outcome;
		this.comment = comment;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	DecisionOutcome getOutcome() {
		return outcome;
	}

	DecisionView toView() {
		return new DecisionView(decidedBy, decidedAt, outcome, comment);
	}
}
