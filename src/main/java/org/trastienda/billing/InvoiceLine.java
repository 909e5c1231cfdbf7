package org.trastienda.billing;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.trastienda.shared.LineItem;

/**
 * One line of an invoice. Like its invoice it is frozen once issued: the persistence callbacks refuse
 * to write a line of an invoice that left DRAFT (and the database trigger refuses it too).
 */
@Entity
class InvoiceLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "invoice_id")
	private Invoice invoice;

	private int position;

	private Long contractLineId;

	private Long originalLineId;

	private String description;

	private String unit;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	private BigDecimal discountPercent;

	private BigDecimal vatRate;

	private BigDecimal netAmount = BigDecimal.ZERO;

	private String reason;

	protected InvoiceLine() {
	}

	InvoiceLine(Invoice invoice, LineTerms terms) {
		this.invoice = invoice;
		apply(terms);
	}

	/** What a line says, as the editor resolved it. */
	record LineTerms(Long contractLineId, Long originalLineId, String description, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal vatRate, String reason) {

		LineItem item() {
			return new LineItem(quantity, unitPrice, discountPercent, vatRate);
		}
	}

	void apply(LineTerms terms) {
		this.contractLineId = terms.contractLineId();
		this.originalLineId = terms.originalLineId();
		this.description = terms.description();
		this.unit = terms.unit();
		this.quantity = terms.quantity();
		this.unitPrice = terms.unitPrice();
		this.discountPercent = terms.discountPercent() == null ? BigDecimal.ZERO : terms.discountPercent();
		this.vatRate = terms.vatRate();
		this.reason = terms.reason();
	}

	LineTerms terms() {
		return new LineTerms(contractLineId, originalLineId, description, unit, quantity, unitPrice, discountPercent,
				vatRate, reason);
	}

	@PrePersist
	@PreUpdate
	@PreRemove
	void refuseWhenFrozen() {
		invoice.refuseWhenFrozen();
	}

	void setPosition(int position) {
		this.position = position;
	}

	void setNetAmount(BigDecimal netAmount) {
		this.netAmount = netAmount;
	}

	Long getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	Long getContractLineId() {
		return contractLineId;
	}

	Long getOriginalLineId() {
		return originalLineId;
	}

	String getDescription() {
		return description;
	}

	String getUnit() {
		return unit;
	}

	BigDecimal getQuantity() {
		return quantity;
	}

	BigDecimal getUnitPrice() {
		return unitPrice;
	}

	BigDecimal getDiscountPercent() {
		return discountPercent;
	}

	BigDecimal getVatRate() {
		return vatRate;
	}

	BigDecimal getNetAmount() {
		return netAmount;
	}

	String getReason() {
		return reason;
	}

	InvoiceLineView toView() {
		return new InvoiceLineView(id, contractLineId, description, quantity, unitPrice, discountPercent, vatRate,
				netAmount, reason);
	}
}
