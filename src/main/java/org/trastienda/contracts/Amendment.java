package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.Totals;

/** A proposed change to an active contract: new dates, terms and lines, applied once approved. */
@Entity
@Table(name = "contract_amendment")
class Amendment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contractId;

	private int number;

	@Enumerated(EnumType.STRING)
	private AmendmentStatus status;

	private String reason;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private Integer paymentTermsDays;

	private BigDecimal netTotal;

	private BigDecimal vatTotal;

	private BigDecimal grossTotal;

	private int baseRevision;

	private Integer appliedRevision;

	private String requestedBy;

	private Instant requestedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionComment;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "contract_amendment_line", joinColumns = @JoinColumn(name = "amendment_id"))
	@OrderBy("position")
	private List<NumberedLine> lines = new ArrayList<>();

	protected Amendment() {
	}

	/** The proposal, its lines priced in the contract's currency. */
	Amendment(Contract contract, int number, String reason, LocalDate startsOn, LocalDate endsOn,
			Integer paymentTermsDays, List<ContractLineData> proposed, String requestedBy, Instant now) {
		this.contractId = contract.getId();
		this.number = number;
		this.status = AmendmentStatus.PENDING_APPROVAL;
		this.reason = reason;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.paymentTermsDays = paymentTermsDays;
		this.baseRevision = contract.getRevision();
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		List<LineTerms> terms = proposed.stream().map(LineTerms::of).toList();
		Totals totals = Totals.of(contract.getCurrency(), terms.stream().map(LineTerms::item).toList());
		for (int index = 0; index < terms.size(); index++) {
			terms.get(index).price(totals.lines().get(index));
			lines.add(new NumberedLine(index + 1, proposed.get(index).id(), terms.get(index)));
		}
		this.netTotal = totals.net().amount();
		this.vatTotal = totals.vat().amount();
		this.grossTotal = totals.gross().amount();
	}

	void approve(String by, String comment, Instant now, int revision) {
		requirePending();
		this.status = AmendmentStatus.APPROVED;
		this.appliedRevision = revision;
		decided(by, comment, now);
	}

	void reject(String by, String comment, Instant now) {
		requirePending();
		this.status = AmendmentStatus.REJECTED;
		decided(by, comment, now);
	}

	private void decided(String by, String comment, Instant now) {
		this.decidedBy = by;
		this.decisionComment = comment;
		this.decidedAt = now;
	}

	private void requirePending() {
		if (status != AmendmentStatus.PENDING_APPROVAL) {
			throw new BusinessRuleException("contracts.error.amendment.decided", number,
					Labels.of("contracts.amendment.status." + status));
		}
	}

	/** How approval requests and the audit trail name it: {@code CV-2026-00042/M2}. */
	static String reference(String contractNumber, int number) {
		return contractNumber + "/M" + number;
	}

	List<ContractLineData> proposedLines() {
		return lines.stream().map(NumberedLine::toData).toList();
	}

	AmendmentView toView() {
		return new AmendmentView(id, version, contractId, number, status, reason, startsOn, endsOn, paymentTermsDays,
				lines.stream().map(NumberedLine::toView).toList(), netTotal, vatTotal, grossTotal, baseRevision,
				appliedRevision, requestedBy, requestedAt, decidedBy, decidedAt, decisionComment);
	}

	Long getId() {
		return id;
	}

	Long getContractId() {
		return contractId;
	}

	int getNumber() {
		return number;
	}

	AmendmentStatus getStatus() {
		return status;
	}

	String getReason() {
		return reason;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	Integer getPaymentTermsDays() {
		return paymentTermsDays;
	}

	BigDecimal getGrossTotal() {
		return grossTotal;
	}

	String getRequestedBy() {
		return requestedBy;
	}
}
