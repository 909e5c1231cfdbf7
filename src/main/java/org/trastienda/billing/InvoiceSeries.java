package org.trastienda.billing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A numbering series; its counters per year live in {@code invoice_series_counter} (see {@link SeriesCounters}). */
@Entity
class InvoiceSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private SeriesKind kind;

	private String prefix;

	@Enumerated(EnumType.STRING)
	private SeriesKind defaultFor;

	private boolean active = true;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected InvoiceSeries() {
	}

	InvoiceSeries(String code, SeriesKind kind) {
		this.code = code;
		this.kind = kind;
	}

	void change(String prefix, boolean active, String actor, Instant now) {
		this.prefix = prefix;
		this.active = active;
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	void makeDefault(boolean isDefault) {
		this.defaultFor = isDefault ? kind : null;
	}

	boolean isDefault() {
		return defaultFor != null;
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	SeriesKind getKind() {
		return kind;
	}

	String getPrefix() {
		return prefix;
	}

	boolean isActive() {
		return active;
	}

	long getVersion() {
		return version;
	}

	InvoiceSeriesView toView(boolean used) {
		return new InvoiceSeriesView(id, version, code, kind, prefix, isDefault(), active, used);
	}
}
