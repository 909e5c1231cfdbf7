package org.trastienda.billing.web;

import org.trastienda.billing.InvoiceSeriesData;
import org.trastienda.billing.SeriesKind;

/** A series as the admin page writes it. */
public class SeriesForm {

	private Long version;

	private String code;

	private SeriesKind kind;

	private String prefix;

	private boolean defaultSeries;

	private boolean active = true;

	InvoiceSeriesData toData() {
		return new InvoiceSeriesData(code, kind, prefix, defaultSeries, active);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public SeriesKind getKind() {
		return kind;
	}

	public void setKind(SeriesKind kind) {
		this.kind = kind;
	}

	public String getPrefix() {
		return prefix;
	}

	public void setPrefix(String prefix) {
		this.prefix = prefix;
	}

	public boolean isDefaultSeries() {
		return defaultSeries;
	}

	public void setDefaultSeries(boolean defaultSeries) {
		this.defaultSeries = defaultSeries;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
