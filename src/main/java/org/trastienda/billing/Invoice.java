package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An invoice on a sales contract. A draft is edited freely; issuing numbers it, fixes its issuer and
 * recipient data and freezes it for good: from then on its row may only go from ISSUED to CANCELLED.
 * The persistence callbacks enforce that on every flush, whoever calls (the service checks first and
 * answers the user; the database trigger is the last line).
 */
@Entity
class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contractId;

	private String contractNumber;

	private Long customerId;

	private String customerName;

	private Long regionId;

	private Long ownerId;

	@Enumerated(EnumType.STRING)
	private InvoiceType type;

	private Long seriesId;

	@Enumerated(EnumType.STRING)
	private InvoiceStatus status;

	private Integer issueYear;

	private Integer sequenceNumber;

	private String invoiceNumber;

	private LocalDate issueDate;

	private LocalDate operationDate;

	private LocalDate dueDate;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String currency;

	private boolean recargoEquivalencia;

	private BigDecimal netTotal = BigDecimal.ZERO;

	private BigDecimal vatTotal = BigDecimal.ZERO;

	private BigDecimal recargoTotal = BigDecimal.ZERO;

	private BigDecimal taxTotal = BigDecimal.ZERO;

	private BigDecimal grossTotal = BigDecimal.ZERO;

	private Long rectifiesInvoiceId;

	private String rectificationReason;

	private Long sourceReturnId;

	private String notes;

	private String issuerName;

	private String issuerTaxId;

	private String issuerAddress;

	private String recipientName;

	private String recipientTaxId;

	private String recipientAddress;

	private String huella;

	@Enumerated(EnumType.STRING)
	private OverrideStatus overrideStatus = OverrideStatus.NONE;

	private String overrideReason;

	private String overrideFindings;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	private Instant issuedAt;

	private String issuedBy;

	private Instant cancelledAt;

	private String cancelledBy;

	private String cancelReason;

	@Version
	private long version;

	@OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 100)
	private List<InvoiceLine> lines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "invoice_tax", joinColumns = @JoinColumn(name = "invoice_id"))
	@OrderBy("vatRate")
	@BatchSize(size = 100)
	private List<InvoiceTax> taxes = new ArrayList<>();

	/** The status and frozen fields as last read from or written to the database. */
	@Transient
	private InvoiceStatus storedStatus;

	@Transient
	private List<Object> storedFrozenFields;

	protected Invoice() {
	}

	/** A new draft of the contract, for its customer, in the contract's region and owner's scope. */
	Invoice(Header header, String actor, Instant now) {
		this.contractId = header.contractId();
		this.contractNumber = header.contractNumber();
		this.customerId = header.customerId();
		this.customerName = header.customerName();
		this.regionId = header.regionId();
		this.ownerId = header.ownerId();
		this.currency = header.currency();
		this.status = InvoiceStatus.DRAFT;
		this.createdAt = now;
		this.createdBy = actor;
		touch(now, actor);
	}

	/** What a draft takes from its contract when it is created. */
	record Header(Long contractId, String contractNumber, Long customerId, String customerName, Long regionId,
			Long ownerId, String currency) {
	}

	/** What the user sets on a draft, as the editor resolved it. */
	record Terms(InvoiceType type, Long seriesId, LocalDate issueDate, LocalDate operationDate, LocalDate dueDate,
			Long rectifiesInvoiceId, String rectificationReason, String notes) {
	}

	void apply(Terms terms) {
		this.type = terms.type();
		this.seriesId = terms.seriesId();
		this.issueDate = terms.issueDate();
		this.operationDate = terms.operationDate();
		this.dueDate = terms.dueDate();
		this.rectifiesInvoiceId = terms.rectifiesInvoiceId();
		this.rectificationReason = terms.rectificationReason();
		this.notes = terms.notes();
	}

	Terms terms() {
		return new Terms(type, seriesId, issueDate, operationDate, dueDate, rectifiesInvoiceId, rectificationReason,
				notes);
	}

	/** Replaces the lines by these, in order; existing rows are reused so their ids stay. */
	void replaceLines(List<InvoiceLine.LineTerms> terms) {
		while (lines.size() > terms.size()) {
			lines.remove(lines.size() - 1);
		}
		for (int index = 0; index < terms.size(); index++) {
			if (index < lines.size()) {
				lines.get(index).apply(terms.get(index));
			}
			else {
				lines.add(new InvoiceLine(this, terms.get(index)));
			}
			lines.get(index).setPosition(index + 1);
		}
	}

	/** Sets every amount from the lines' amounts, and whether the recargo applies. */
	void price(InvoiceAmounts amounts, boolean recargo) {
		this.recargoEquivalencia = recargo;
		for (int index = 0; index < lines.size(); index++) {
			lines.get(index).setNetAmount(amounts.lineNets().get(index));
		}
		List<InvoiceTaxView> current = taxes.stream().map(InvoiceTax::toView).toList();
		if (!current.equals(amounts.taxes())) {
			taxes.clear();
			amounts.taxes().forEach(tax -> taxes.add(new InvoiceTax(tax)));
		}
		this.netTotal = amounts.net();
		this.vatTotal = amounts.vat();
		this.recargoTotal = amounts.recargo();
		this.taxTotal = amounts.tax();
		this.grossTotal = amounts.gross();
	}

	/** Numbers the draft and freezes it with the parties as they print, and its VERI*FACTU hash. */
	void issue(IssuedNumber number, LocalDate dueDate, Party issuer, Party recipient, String huella, String actor,
			Instant now) {
		this.status = InvoiceStatus.ISSUED;
		this.issueDate = number.issueDate();
		this.issueYear = number.issueDate().getYear();
		this.sequenceNumber = number.sequence();
		this.invoiceNumber = number.text();
		this.dueDate = dueDate;
		this.issuerName = issuer.name();
		this.issuerTaxId = issuer.taxId();
		this.issuerAddress = issuer.address();
		this.recipientName = recipient.name();
		this.recipientTaxId = recipient.taxId();
		this.recipientAddress = recipient.address();
		this.huella = huella;
		this.issuedAt = now;
		this.issuedBy = actor;
		touch(now, actor);
	}

	void cancel(String reason, String actor, Instant now) {
		this.status = InvoiceStatus.CANCELLED;
		this.cancelReason = reason;
		this.cancelledAt = now;
		this.cancelledBy = actor;
	}

	void requestOverride(String reason, String findings) {
		this.overrideStatus = OverrideStatus.PENDING;
		this.overrideReason = reason;
		this.overrideFindings = findings;
	}

	void decideOverride(boolean granted) {
		this.overrideStatus = granted ? OverrideStatus.GRANTED : OverrideStatus.REJECTED;
	}

	/** A changed draft needs a new override: what was approved no longer describes it. */
	void dropOverride() {
		this.overrideStatus = OverrideStatus.NONE;
		this.overrideReason = null;
		this.overrideFindings = null;
	}

	void linkToReturn(Long returnId) {
		this.sourceReturnId = returnId;
	}

	void touch(Instant now, String actor) {
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	/** Refuses any write of an invoice whose stored status is no longer DRAFT (a programming error). */
	void refuseWhenFrozen() {
		if (storedStatus != null && storedStatus != InvoiceStatus.DRAFT) {
			throw new IllegalStateException("invoice " + id + " is " + storedStatus + ": an issued invoice is never changed");
		}
	}

	@PreUpdate
	void refuseChangeOfIssued() {
		boolean cancellation = storedStatus == InvoiceStatus.ISSUED && status == InvoiceStatus.CANCELLED
				&& frozenFields().equals(storedFrozenFields);
		if (!cancellation) {
			refuseWhenFrozen();
		}
	}

	@PreRemove
	void refuseRemovalOfIssued() {
		refuseWhenFrozen();
	}

	@PostLoad
	@PostPersist
	@PostUpdate
	void remember() {
		this.storedStatus = status;
		this.storedFrozenFields = frozenFields();
	}

	/** Every column but the status, the cancellation and the version: what a cancellation leaves as it was. */
	private List<Object> frozenFields() {
		return Arrays.asList(contractId, contractNumber, customerId, customerName, regionId, ownerId, type,
				seriesId, issueYear, sequenceNumber, invoiceNumber, issueDate, operationDate, dueDate, currency,
				recargoEquivalencia, netTotal, vatTotal, recargoTotal, taxTotal, grossTotal, rectifiesInvoiceId,
				rectificationReason, sourceReturnId, notes, issuerName, issuerTaxId, issuerAddress, recipientName,
				recipientTaxId, recipientAddress, huella, overrideStatus, overrideReason, overrideFindings, createdAt,
				createdBy, updatedAt, updatedBy, issuedAt, issuedBy);
	}

	boolean isDraft() {
		return status == InvoiceStatus.DRAFT;
	}

	Long getId() {
		return id;
	}

	Long getContractId() {
		return contractId;
	}

	String getContractNumber() {
		return contractNumber;
	}

	Long getCustomerId() {
		return customerId;
	}

	String getCustomerName() {
		return customerName;
	}

	Long getRegionId() {
		return regionId;
	}

	Long getOwnerId() {
		return ownerId;
	}

	InvoiceType getType() {
		return type;
	}

	Long getSeriesId() {
		return seriesId;
	}

	InvoiceStatus getStatus() {
		return status;
	}

	String getInvoiceNumber() {
		return invoiceNumber;
	}

	LocalDate getIssueDate() {
		return issueDate;
	}

	LocalDate getOperationDate() {
		return operationDate;
	}

	LocalDate getDueDate() {
		return dueDate;
	}

	String getCurrency() {
		return currency;
	}

	boolean isRecargoEquivalencia() {
		return recargoEquivalencia;
	}

	BigDecimal getNetTotal() {
		return netTotal;
	}

	BigDecimal getVatTotal() {
		return vatTotal;
	}

	BigDecimal getRecargoTotal() {
		return recargoTotal;
	}

	BigDecimal getTaxTotal() {
		return taxTotal;
	}

	BigDecimal getGrossTotal() {
		return grossTotal;
	}

	Long getRectifiesInvoiceId() {
		return rectifiesInvoiceId;
	}

	String getRectificationReason() {
		return rectificationReason;
	}

	String getNotes() {
		return notes;
	}

	Party issuer() {
		return new Party(issuerName, issuerTaxId, issuerAddress);
	}

	String getIssuerTaxId() {
		return issuerTaxId;
	}

	Party recipient() {
		return new Party(recipientName, recipientTaxId, recipientAddress);
	}

	String getHuella() {
		return huella;
	}

	OverrideStatus getOverrideStatus() {
		return overrideStatus;
	}

	String getOverrideReason() {
		return overrideReason;
	}

	/** The findings the override was asked for, as {@link Finding#key()}s separated by spaces. */
	String getOverrideFindings() {
		return overrideFindings;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getIssuedAt() {
		return issuedAt;
	}

	String getIssuedBy() {
		return issuedBy;
	}

	Instant getCancelledAt() {
		return cancelledAt;
	}

	String getCancelledBy() {
		return cancelledBy;
	}

	String getCancelReason() {
		return cancelReason;
	}

	long getVersion() {
		return version;
	}

	List<InvoiceLine> getLines() {
		return lines;
	}

	List<InvoiceTaxView> taxViews() {
		return taxes.stream().map(InvoiceTax::toView).toList();
	}

	@Override
	public String toString() {
		return "Invoice " + Objects.requireNonNullElse(invoiceNumber, "draft " + id);
	}
}
