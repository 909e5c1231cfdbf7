package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trastienda.shared.Totals;

/** A sales or purchase contract with its lines as they stand now, and where it is in its life. */
@Entity
class Contract {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	@Enumerated(EnumType.STRING)
	private ContractKind kind;

	private Long partyId;

	private String partyName;

	private String title;

	private LocalDate signedOn;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String currency;

	private Integer paymentTermsDays;

	private BigDecimal overDeliveryTolerancePercent = BigDecimal.ZERO;

	private boolean invoicingInAdvance;

	private Long ownerId;

	private Long regionId;

	@Enumerated(EnumType.STRING)
	private ContractStatus status;

	private String statusComment;

	private String notes;

	private int revision = 1;

	private BigDecimal netTotal = BigDecimal.ZERO;

	private BigDecimal vatTotal = BigDecimal.ZERO;

	private BigDecimal grossTotal = BigDecimal.ZERO;

	private String searchText = "";

	private String author;

	private Instant createdAt;

	private Instant updatedAt;

	private String updatedBy;

	private Instant submittedAt;

	private Instant activatedAt;

	private Instant completedAt;

	private Instant cancelledAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ContractLine> lines = new ArrayList<>();

	protected Contract() {
	}

	Contract(String number, ContractKind kind, String author, Instant now) {
		this.number = number;
		this.kind = kind;
		this.status = ContractStatus.DRAFT;
		this.author = author;
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedBy = author;
	}

	/** Takes over the header of a checked draft; party, owner and region already resolved. */
	void apply(ContractEditor.Draft draft) {
		ContractData data = draft.data();
		this.partyId = data.partyId();
		this.partyName = draft.partyName();
		this.title = data.title();
		this.signedOn = data.signedOn();
		this.startsOn = data.startsOn();
		this.endsOn = data.endsOn();
		this.currency = data.currency();
		this.paymentTermsDays = data.paymentTermsDays();
		this.overDeliveryTolerancePercent = data.overDeliveryTolerancePercent() == null ? BigDecimal.ZERO
				: data.overDeliveryTolerancePercent();
		this.invoicingInAdvance = Boolean.TRUE.equals(data.invoicingInAdvance());
		this.ownerId = draft.ownerId();
		this.regionId = draft.regionId();
		this.notes = data.notes();
		this.searchText = Stream.of(number, title, partyName)
			.filter(Objects::nonNull)
			.map(value -> value.toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(" "));
	}

	/** Changes the dates and payment terms an approved amendment sets. */
	void amendTerms(LocalDate startsOn, LocalDate endsOn, Integer paymentTermsDays) {
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.paymentTermsDays = paymentTermsDays;
	}

	ContractLine addLine(LineTerms terms) {
		ContractLine line = new ContractLine(this, lines.size() + 1, terms);
		lines.add(line);
		return line;
	}

	void removeLine(ContractLine line) {
		lines.remove(line);
	}

	/** Numbers the lines in their order and recomputes every amount from them. */
	void reprice() {
		for (int index = 0; index < lines.size(); index++) {
			lines.get(index).setPosition(index + 1);
		}
		Totals totals = Totals.of(currency, lines.stream().map(line -> line.getTerms().item()).toList());
		for (int index = 0; index < lines.size(); index++) {
			lines.get(index).getTerms().price(totals.lines().get(index));
		}
		this.netTotal = totals.net().amount();
		this.vatTotal = totals.vat().amount();
		this.grossTotal = totals.gross().amount();
	}

	void touch(Instant now, String username) {
		this.updatedAt = now;
		this.updatedBy = username;
	}

	void submit(Instant now) {
		this.status = Lifecycle.after(status, ContractAction.SUBMIT);
		this.statusComment = null;
		this.submittedAt = now;
	}

	void activate(Instant now) {
		this.status = Lifecycle.after(status, ContractAction.ACTIVATE);
		this.activatedAt = now;
	}

	void reject(String comment) {
		this.status = Lifecycle.after(status, ContractAction.REJECT);
		this.statusComment = comment;
	}

	void cancel(String reason, Instant now) {
		this.status = Lifecycle.after(status, ContractAction.CANCEL);
		this.statusComment = reason;
		this.cancelledAt = now;
	}

	void complete(Instant now) {
		this.status = Lifecycle.after(status, ContractAction.COMPLETE);
		this.completedAt = now;
	}

	/** Counts an applied amendment: the contract is now at the next version. */
	int nextRevision() {
		return ++revision;
	}

	/** How the audit trail and approval requests name the contract. */
	String label() {
		return number + " " + title;
	}

	Long getId() {
		return id;
	}

	String getNumber() {
		return number;
	}

	ContractKind getKind() {
		return kind;
	}

	Long getPartyId() {
		return partyId;
	}

	String getPartyName() {
		return partyName;
	}

	String getTitle() {
		return title;
	}

	LocalDate getSignedOn() {
		return signedOn;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	String getCurrency() {
		return currency;
	}

	Integer getPaymentTermsDays() {
		return paymentTermsDays;
	}

	BigDecimal getOverDeliveryTolerancePercent() {
		return overDeliveryTolerancePercent;
	}

	boolean isInvoicingInAdvance() {
		return invoicingInAdvance;
	}

	Long getOwnerId() {
		return ownerId;
	}

	Long getRegionId() {
		return regionId;
	}

	ContractStatus getStatus() {
		return status;
	}

	String getNotes() {
		return notes;
	}

	int getRevision() {
		return revision;
	}

	BigDecimal getNetTotal() {
		return netTotal;
	}

	BigDecimal getVatTotal() {
		return vatTotal;
	}

	BigDecimal getGrossTotal() {
		return grossTotal;
	}

	String getAuthor() {
		return author;
	}

	long getVersion() {
		return version;
	}

	List<ContractLine> getLines() {
		return lines;
	}
}
