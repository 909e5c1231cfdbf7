package org.trastienda.verifactu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A record of an issuer's chain, written once and never changed: no setters, and Hibernate neither
 * updates nor deletes an {@code @Immutable} entity's row (the database refuses too).
 */
@Entity
@Immutable
@Table(name = "verifactu_record")
class ChainRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String issuerTaxId;

	private long sequenceNumber;

	@Enumerated(EnumType.STRING)
	private RecordKind kind;

	private String seriesNumber;

	private String issueDate;

	private String invoiceType;

	private String taxTotal;

	private String grossTotal;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 64)
	private String previousHuella;

	private String generatedAt;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 64)
	private String huella;

	private Long invoiceId;

	protected ChainRecord() {
	}

	/** The record at the position in its issuer's chain, sealed with the huella of its fields. */
	ChainRecord(long sequenceNumber, HuellaInput fields, Long invoiceId) {
		this.issuerTaxId = fields.issuerTaxId();
		this.sequenceNumber = sequenceNumber;
		this.kind = fields.kind();
		this.seriesNumber = fields.seriesNumber();
		this.issueDate = fields.issueDate();
		this.invoiceType = fields.invoiceType();
		this.taxTotal = fields.taxTotal();
		this.grossTotal = fields.grossTotal();
		this.previousHuella = fields.previousHuella();
		this.generatedAt = fields.generatedAt();
		this.huella = fields.huella();
		this.invoiceId = invoiceId;
	}

	RecordKind getKind() {
		return kind;
	}

	StoredRecord stored() {
		return new StoredRecord(id, sequenceNumber, new HuellaInput(kind, issuerTaxId, seriesNumber, issueDate,
				invoiceType, taxTotal, grossTotal, previousHuella, generatedAt), huella);
	}

	ChainRecordView toView() {
		return new ChainRecordView(id, issuerTaxId, kind.name(), seriesNumber, AeatFormats.parseDate(issueDate), huella,
				previousHuella, AeatFormats.parseTimestamp(generatedAt), invoiceId);
	}
}
