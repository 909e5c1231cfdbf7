package org.trastienda.approvals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trastienda.identity.Role;

/**
 * A subject waiting for, or having had, its approval: the subject as the caller described it, the
 * rule tier applied (frozen at request time, so later rule changes do not move the goalposts) and
 * each decision.
 */
@Entity
@Table(name = "approval_request")
class ApprovalRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String subjectType;

	private Long subjectId;

	private String subjectReference;

	private String summary;

	private BigDecimal amount;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String currency;

	private Long regionId;

	private String authorUsername;

	private String subjectPath;

	@Enumerated(EnumType.STRING)
	private ApprovalStatus status;

	private String openSubjectKey;

	private boolean ruleConfigured;

	private Long ruleVersion;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String ruleCurrency;

	@Column(name = "tier_above")
	private BigDecimal tierAbove;

	private boolean regionScoped;

	private int approvalsRequired;

	@ElementCollection
	@CollectionTable(name = "approval_request_role", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> allowedRoles = EnumSet.noneOf(Role.class);

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "request_id", nullable = false)
	@OrderBy("decidedAt, id")
	private List<ApprovalDecision> decisions = new ArrayList<>();

	private Instant requestedAt;

	private Instant closedAt;

	@Version
	private long version;

	protected ApprovalRequest() {
	}

	ApprovalRequest(ApprovalSubject subject, ApprovalRuleView rule, ApprovalTier tier, Instant now) {
		this.subjectType = subject.type();
		this.subjectId = subject.id();
		this.subjectReference = subject.reference();
		this.summary = subject.summary();
		this.amount = subject.amount();
		this.currency = subject.currency();
		this.regionId = subject.regionId();
		this.authorUsername = subject.author();
		this.subjectPath = subject.path();
		this.status = ApprovalStatus.PENDING;
		this.openSubjectKey = openKey(subject.type(), subject.id());
		this.ruleConfigured = rule.configured();
		this.ruleVersion = rule.version();
		this.ruleCurrency = rule.currency();
		this.tierAbove = tier.above();
		this.regionScoped = tier.regionScoped();
		this.approvalsRequired = tier.approvalsRequired();
		this.allowedRoles = EnumSet.copyOf(tier.roles());
		this.requestedAt = now;
	}

	/** The key that makes a subject's pending request unique. */
	static String openKey(String subjectType, long subjectId) {
		return subjectType + ":" + subjectId;
	}

	/**
	 * Records a decision; one rejection, or the last approval the rule requires, closes the request.
	 * Returns whether it did. The caller has checked the decider against {@link FourEyesPolicy}.
	 */
	boolean decide(String decidedBy, DecisionOutcome outcome, String comment, Instant now) {
		decisions.add(new ApprovalDecision(decidedBy, now, outcome, comment));
		if (outcome == DecisionOutcome.REJECT) {
			close(ApprovalStatus.REJECTED, now);
		}
		else if (approvals() >= approvalsRequired) {
			close(ApprovalStatus.APPROVED, now);
		}
		return status != ApprovalStatus.PENDING;
	}

	void withdraw(Instant now) {
		close(ApprovalStatus.WITHDRAWN, now);
	}

	private void close(ApprovalStatus closedAs, Instant now) {
		this.status = closedAs;
		this.closedAt = now;
		this.openSubjectKey = null;
	}

	int approvals() {
		return (int) decisions.stream().filter(decision -> decision.getOutcome() == DecisionOutcome.APPROVE).count();
	}

	boolean isPending() {
		return status == ApprovalStatus.PENDING;
	}

	boolean hasDecided(String username) {
		return decisions.stream().anyMatch(decision -> decision.getDecidedBy().equals(username));
	}

	/** Whether holders of the role decide only subjects of their own region. */
	boolean limitsToRegion(Role role) {
		return regionScoped && FourEyesPolicy.REGION_BOUND.contains(role);
	}

	Long getId() {
		return id;
	}

	String getSubjectType() {
		return subjectType;
	}

	Long getSubjectId() {
		return subjectId;
	}

	String getSubjectReference() {
		return subjectReference;
	}

	String getSummary() {
		return summary;
	}

	BigDecimal getAmount() {
		return amount;
	}

	String getCurrency() {
		return currency;
	}

	Long getRegionId() {
		return regionId;
	}

	String getAuthorUsername() {
		return authorUsername;
	}

	String getSubjectPath() {
		return subjectPath;
	}

	ApprovalStatus getStatus() {
		return status;
	}

	Set<Role> getAllowedRoles() {
		return Collections.unmodifiableSet(allowedRoles);
	}

	long getVersion() {
		return version;
	}

	AppliedRule appliedRule() {
		return new AppliedRule(ruleConfigured, ruleVersion, ruleCurrency, tierAbove, allowedRoles, regionScoped,
				approvalsRequired);
	}

	ApprovalView toView(String regionCode, boolean decidableByViewer) {
		return new ApprovalView(id, version, subjectType, subjectId, subjectReference, summary, amount, currency, regionId,
				regionCode, authorUsername, subjectPath, status, requestedAt, closedAt, appliedRule(), approvals(),
				decisions.stream().map(ApprovalDecision::toView).toList(), decidableByViewer);
	}
}
