package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.trastienda.shared.LineItem;
import org.trastienda.shared.Money;
import org.trastienda.shared.Totals;

/**
 * What an invoice's lines amount to: each line's net rounded HALF_UP to cents; per VAT rate the base
 * (sum of those nets), the VAT and, for a customer under recargo de equivalencia, the recargo, each
 * rounded HALF_UP to cents once; every total the exact sum of that breakdown.
 */
record InvoiceAmounts(List<BigDecimal> lineNets, List<InvoiceTaxView> taxes, BigDecimal net, BigDecimal vat,
		BigDecimal recargo) {

	/**
	 * @param recargoRates recargo per VAT rate (21 → 5.2); empty when the customer is not under the regime
	 */
	static InvoiceAmounts of(String currency, List<LineItem> items, Map<BigDecimal, BigDecimal> recargoRates) {
		Totals totals = Totals.of(currency, items);
		List<InvoiceTaxView> taxes = totals.vatGroups().stream().map(group -> {
			BigDecimal recargoRate = recargoRates.entrySet().stream()
				.filter(entry -> entry.getKey().compareTo(group.rate()) == 0)
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(BigDecimal.ZERO)
				.setScale(2);
			Money recargo = group.base().times(recargoRate.movePointLeft(2));
			return new InvoiceTaxView(group.rate(), group.base().amount(), group.vat().amount(), recargoRate,
					recargo.amount());
		}).toList();
		BigDecimal recargo = taxes.stream().map(InvoiceTaxView::recargo).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new InvoiceAmounts(totals.lines().stream().map(line -> line.net().amount()).toList(), taxes,
				totals.net().amount(), totals.vat().amount(), recargo.setScale(Money.SCALE));
	}

	BigDecimal tax() {
		return vat.add(recargo);
	}

	BigDecimal gross() {
		return net.add(tax());
	}
}
