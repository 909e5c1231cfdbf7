package org.trastienda.billing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.trastienda.shared.LineItem;
import org.trastienda.shared.Money;
import org.trastienda.shared.Totals;

/**
 * The amounts of the rows being edited, as the draft will compute them before any recargo: each
 * complete row's net, the VAT per rate and the totals. Rows still missing a number count for nothing.
 *
 * @param nets per row, null for a row not complete yet
 */
record InvoicePreview(String currency, List<Money> nets, Totals totals) {

	static InvoicePreview of(InvoiceForm form, String currency) {
		List<LineItem> items = new ArrayList<>();
		List<Integer> complete = new ArrayList<>();
		List<InvoiceLineForm> rows = form.getLines();
		for (int index = 0; index < rows.size(); index++) {
			InvoiceLineForm row = rows.get(index);
			if (row.getQuantity() != null && row.getUnitPrice() != null && row.getVatRate() != null) {
				items.add(new LineItem(row.getQuantity(), row.getUnitPrice(), row.getDiscountPercent(), row.getVatRate()));
				complete.add(index);
			}
		}
		Totals totals = Totals.of(currency, items);
		Money[] nets = new Money[rows.size()];
		for (int position = 0; position < complete.size(); position++) {
			nets[complete.get(position)] = totals.lines().get(position).net();
		}
		return new InvoicePreview(currency, Arrays.asList(nets), totals);
	}
}
