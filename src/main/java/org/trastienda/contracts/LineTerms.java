package org.trastienda.contracts;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import org.trastienda.shared.LineItem;
import org.trastienda.shared.Totals;

/**
 * What a line says and what it amounts to: the same columns in a contract's lines, its versions
 * and its amendments. The amounts are set only from {@link Totals} over all the lines together.
 */
@Embeddable
class LineTerms {

	private Long productId;

	private String description;

	private BigDecimal quantity;

	private String unit;

	private BigDecimal unitPrice;

	private BigDecimal discountPercent;

	private BigDecimal vatRate;

	private BigDecimal netAmount;

	private BigDecimal vatAmount;

	protected LineTerms() {
	}

	LineTerms(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
			BigDecimal discountPercent, BigDecimal vatRate) {
		this.productId = productId;
		this.description = description;
		this.quantity = quantity;
		this.unit = unit;
		this.unitPrice = unitPrice;
		this.discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
		this.vatRate = vatRate;
	}

	static LineTerms of(ContractLineData data) {
		return new LineTerms(data.productId(), data.description(), data.quantity(), data.unit(), data.unitPrice(),
				data.discountPercent(), data.vatRate());
	}

	LineTerms copy() {
		LineTerms copy = new LineTerms(productId, description, quantity, unit, unitPrice, discountPercent, vatRate);
		copy.netAmount = netAmount;
		copy.vatAmount = vatAmount;
		return copy;
	}

	LineItem item() {
		return new LineItem(quantity, unitPrice, discountPercent, vatRate);
	}

	void price(Totals.LineAmounts amounts) {
		this.netAmount = amounts.net().amount();
		this.vatAmount = amounts.vat().amount();
	}

	ContractLineView toView(Long id) {
		return new ContractLineView(id, productId, description, quantity, unit, unitPrice, discountPercent, vatRate,
				netAmount, vatAmount);
	}

	Long productId() {
		return productId;
	}

	String description() {
		return description;
	}

	BigDecimal quantity() {
		return quantity;
	}

	String unit() {
		return unit;
	}

	BigDecimal unitPrice() {
		return unitPrice;
	}

	BigDecimal discountPercent() {
		return discountPercent;
	}

	BigDecimal vatRate() {
		return vatRate;
	}
}
