package org.trastienda.billing;

/**
 * An invoice series as the administrator writes it. {@code code} and {@code kind} are fixed once the
 * series exists; {@code defaultSeries} true makes it its kind's default (the previous one stops being).
 */
public record InvoiceSeriesData(String code, SeriesKind kind, String prefix, Boolean defaultSeries, Boolean active) {
}
