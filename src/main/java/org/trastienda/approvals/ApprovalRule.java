package org.trastienda.approvals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The stored rule of one subject type. */
@Entity
@Table(name = "approval_rule")
class ApprovalRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String subjectType;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String currency;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "approval_rule_tier", joinColumns = @JoinColumn(name = "rule_id"))
	@OrderColumn(name = "tier_no")
	private List<RuleTier> tiers = new ArrayList<>();

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected ApprovalRule() {
	}

	ApprovalRule(String subjectType) {
		this.subjectType = subjectType;
	}

	Long getId() {
		return id;
	}

	long getVersion() {
		return version;
	}

	void change(String currency, List<ApprovalTier> tiers, String by, Instant at) {
		this.currency = currency;
		this.tiers.clear();
		tiers.stream().map(RuleTier::new).forEach(this.tiers::add);
		this.updatedBy = by;
		this.updatedAt = at;
	}

	ApprovalRuleView toView() {
		return new ApprovalRuleView(subjectType, currency, tiers.stream().map(RuleTier::toTier).toList(), true, version,
				updatedAt, updatedBy);
	}
}
