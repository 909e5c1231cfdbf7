package org.trastienda.billing.web;

import org.trastienda.billing.InvoiceSeriesData;
import org.trastienda.billing.SeriesKind;

/** An invoice series as API clients send it; {@code version} is required on PUT. */
record SeriesBody(Long version, String code, SeriesKind kind, String prefix, Boolean defaultSeries, Boolean active) {

	InvoiceSeriesData toData() {
		return new InvoiceSeriesData(code, kind, prefix, defaultSeries, active);
	}
}
