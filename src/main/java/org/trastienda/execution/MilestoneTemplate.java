package org.trastienda.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.trastienda.contracts.ContractKind;

/** One milestone a new schedule of a contract kind starts with; see {@link PlannedDates} for its date. */
@Entity
@Table(name = "milestone_template")
class MilestoneTemplate {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	private ContractKind contractKind;

	private int position;

	@Enumerated(EnumType.STRING)
	private MilestoneType type;

	@Enumerated(EnumType.STRING)
	private Anchor anchor;

	private Integer spanPercent;

	private int offsetDays;

	private boolean addPaymentTerms;

	private BigDecimal amountPercent;

	@Version
	private long version;

	protected MilestoneTemplate() {
	}

	MilestoneTemplate(ContractKind contractKind, int position, MilestoneType type, Anchor anchor, Integer spanPercent,
			int offsetDays, boolean addPaymentTerms, BigDecimal amountPercent) {
		this.contractKind = contractKind;
		this.position = position;
		this.type = type;
		this.anchor = anchor;
		this.spanPercent = spanPercent;
		this.offsetDays = offsetDays;
		this.addPaymentTerms = addPaymentTerms;
		this.amountPercent = amountPercent;
	}

	/** This milestone's share of the contract's gross total, in cents; null when it carries no amount. */
	BigDecimal amountOf(BigDecimal grossTotal) {
		if (amountPercent == null || grossTotal == null) {
			return null;
		}
		return grossTotal.multiply(amountPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	ContractKind getContractKind() {
		return contractKind;
	}

	int getPosition() {
		return position;
	}

	MilestoneType getType() {
		return type;
	}

	Anchor getAnchor() {
		return anchor;
	}

	int getSpanPercent() {
		return spanPercent == null ? 0 : spanPercent;
	}

	int getOffsetDays() {
		return offsetDays;
	}

	boolean isAddPaymentTerms() {
		return addPaymentTerms;
	}
}
