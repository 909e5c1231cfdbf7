package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A contract as it was approved, kept unchanged: version 1 on activation, one more per applied amendment. */
@Entity
class ContractRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contractId;

	private int revision;

	private Long amendmentId;

	private String title;

	private LocalDate signedOn;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String currency;

	private Integer paymentTermsDays;

	private BigDecimal overDeliveryTolerancePercent;

	private boolean invoicingInAdvance;

	private BigDecimal netTotal;

	private BigDecimal vatTotal;

	private BigDecimal grossTotal;

	private Instant createdAt;

	private String createdBy;

	@ElementCollection
	@CollectionTable(name = "contract_revision_line", joinColumns = @JoinColumn(name = "revision_id"))
	@OrderBy("position")
	private List<NumberedLine> lines = new ArrayList<>();

	protected ContractRevision() {
	}

	/** The contract as it stands now, as its current version. */
	static ContractRevision of(Contract contract, Long amendmentId, Instant now, String by) {
		ContractRevision revision = new ContractRevision();
		revision.contractId = contract.getId();
		revision.revision = contract.getRevision();
		revision.amendmentId = amendmentId;
		revision.title = contract.getTitle();
		revision.signedOn = contract.getSignedOn();
		revision.startsOn = contract.getStartsOn();
		revision.endsOn = contract.getEndsOn();
		revision.currency = contract.getCurrency();
		revision.paymentTermsDays = contract.getPaymentTermsDays();
		revision.overDeliveryTolerancePercent = contract.getOverDeliveryTolerancePercent();
		revision.invoicingInAdvance = contract.isInvoicingInAdvance();
		revision.netTotal = contract.getNetTotal();
		revision.vatTotal = contract.getVatTotal();
		revision.grossTotal = contract.getGrossTotal();
		revision.createdAt = now;
		revision.createdBy = by;
		contract.getLines()
			.forEach(line -> revision.lines.add(new NumberedLine(line.getPosition(), line.getId(), line.getTerms().copy())));
		return revision;
	}

	ContractRevisionView toView() {
		return new ContractRevisionView(revision, amendmentId, createdAt, createdBy, title, signedOn, startsOn, endsOn,
				currency, paymentTermsDays, lines.stream().map(NumberedLine::toView).toList(), netTotal, vatTotal,
				grossTotal, overDeliveryTolerancePercent, invoicingInAdvance);
	}
}
