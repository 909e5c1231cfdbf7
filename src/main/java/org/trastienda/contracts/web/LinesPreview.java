package org.trastienda.contracts.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.trastienda.shared.LineItem;
import org.trastienda.shared.Money;
import org.trastienda.shared.Totals;

/**
 * The amounts of the rows being edited, as the contract will compute them: each complete row's
 * net, the VAT per rate and the totals. Rows still missing a number count for nothing yet.
 *
 * @param nets per row, null for a row not complete yet
 */
record LinesPreview(String currency, List<Money> nets, Totals totals) {

	static LinesPreview of(LinesForm form) {
		String currency = currency(form.getCurrency());
		List<LineItem> items = new ArrayList<>();
		List<Integer> complete = new ArrayList<>();
		List<LineForm> rows = form.getLines();
		for (int index = 0; index < rows.size(); index++) {
			LineForm row = rows.get(index);
			if (isComplete(row)) {
				items.add(new LineItem(row.getQuantity(), row.getUnitPrice(), row.getDiscountPercent(), row.getVatRate()));
				complete.add(index);
			}
		}
		Totals totals = Totals.of(currency, items);
		Money[] nets = new Money[rows.size()];
		for (int position = 0; position < complete.size(); position++) {
			nets[complete.get(position)] = totals.lines().get(position).net();
		}
		return new LinesPreview(currency, Arrays.asList(nets), totals);
	}

	private static boolean isComplete(LineForm row) {
		BigDecimal discount = row.getDiscountPercent();
		return row.getQuantity() != null && row.getUnitPrice() != null && row.getVatRate() != null
				&& (discount == null || (discount.signum() >= 0 && discount.compareTo(BigDecimal.valueOf(100)) <= 0));
	}

	private static String currency(String code) {
		String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		return upper.matches("[A-Z]{3}") ? upper : "EUR";
	}
}
