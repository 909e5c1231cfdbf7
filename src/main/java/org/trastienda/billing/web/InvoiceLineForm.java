package org.trastienda.billing.web;

import java.math.BigDecimal;

import org.trastienda.billing.InvoiceLineData;
import org.trastienda.billing.InvoiceLineView;
import org.trastienda.contracts.ContractLineView;

/** One row of the invoice lines editor: a contract line or a free line; field names are the API's. */
public class InvoiceLineForm {

	private Long contractLineId;

	private String description;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	private BigDecimal discountPercent;

	private BigDecimal vatRate;

	private String reason;

	static InvoiceLineForm free() {
		InvoiceLineForm line = new InvoiceLineForm();
		line.vatRate = BigDecimal.valueOf(21);
		return line;
	}

	/** The contract line, for its whole quantity at the contract's terms. */
	static InvoiceLineForm of(ContractLineView contracted) {
		InvoiceLineForm line = new InvoiceLineForm();
		line.contractLineId = contracted.id();
		line.description = contracted.description();
		line.quantity = plain(contracted.quantity());
		line.unitPrice = plain(contracted.unitPrice());
		line.discountPercent = plain(contracted.discountPercent());
		line.vatRate = plain(contracted.vatRate());
		return line;
	}

	static InvoiceLineForm of(InvoiceLineView view) {
		InvoiceLineForm line = new InvoiceLineForm();
		line.contractLineId = view.contractLineId();
		line.description = view.description();
		line.quantity = plain(view.quantity());
		line.unitPrice = plain(view.unitPrice());
		line.discountPercent = plain(view.discountPercent());
		line.vatRate = plain(view.vatRate());
		line.reason = view.reason();
		return line;
	}

	/** A row left entirely empty is no line at all. */
	boolean isBlank() {
		return contractLineId == null && (description == null || description.isBlank()) && quantity == null
				&& unitPrice == null && (reason == null || reason.isBlank());
	}

	InvoiceLineData toData() {
		return new InvoiceLineData(contractLineId, description, quantity, unitPrice, discountPercent, vatRate, reason);
	}

	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	public Long getContractLineId() {
		return contractLineId;
	}

	public void setContractLineId(Long contractLineId) {
		this.contractLineId = contractLineId;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public void setUnitPrice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}

	public BigDecimal getDiscountPercent() {
		return discountPercent;
	}

	public void setDiscountPercent(BigDecimal discountPercent) {
		this.discountPercent = discountPercent;
	}

	public BigDecimal getVatRate() {
		return vatRate;
	}

	public void setVatRate(BigDecimal vatRate) {
		this.vatRate = vatRate;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
