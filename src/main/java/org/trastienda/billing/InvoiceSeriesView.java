package org.trastienda.billing;

/**
 * An invoice series as the API shows it.
 *
 * @param defaultSeries whether drafts of its kind without a series take it
 * @param used whether it has issued invoices (its prefix is then fixed)
 */
public record InvoiceSeriesView(Long id, long version, String code, SeriesKind kind, String prefix,
		boolean defaultSeries, boolean active, boolean used) {
}
