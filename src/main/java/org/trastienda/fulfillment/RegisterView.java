package org.trastienda.fulfillment;

import java.time.LocalDate;
import java.util.List;

/**
 * The shipments-and-returns register of a period, grouped.
 *
 * @param totals one row per currency over every group (key {@code TOTAL})
 */
public record RegisterView(LocalDate from, LocalDate to, RegisterGrouping groupBy, List<RegisterRow> rows,
		List<RegisterRow> totals) {
}
