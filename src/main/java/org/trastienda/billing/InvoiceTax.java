package org.trastienda.billing;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** One row of an invoice's tax breakdown. */
@Embeddable
class InvoiceTax {

	private BigDecimal vatRate;

	private BigDecimal base;

	private BigDecimal vat;

	private BigDecimal recargoRate;

	private BigDecimal recargo;

	protected InvoiceTax() {
	}

	InvoiceTax(InvoiceTaxView view) {
		this.vatRate = view.vatRate();
		this.base = view.base();
		this.vat = view.vat();
		this.recargoRate = view.recargoRate();
		this.recargo = view.recargo();
	}

	InvoiceTaxView toView() {
		return new InvoiceTaxView(vatRate, base, vat, recargoRate, recargo);
	}
}
