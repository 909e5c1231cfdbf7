package org.trastienda.verifactu;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;

/**
 * The VERI*FACTU chain of records, one per issuer NIF. Appending joins the caller's transaction
 * (billing's issue or cancellation), so the record commits or rolls back with the invoice; the
 * issuer's chain stays locked until then. Before each append the previous record's huella is
 * recomputed from its stored fields, and a mismatch refuses the append.
 */
@Service
public class VerifactuChain {

	private static final Set<String> INVOICE_TYPES = Set.of("F1", "F2", "F3", "R1", "R2", "R3", "R4", "R5");

	private static final String QR_PATH = "/wlpl/TIKE-CONT/ValidarQR";

	private final ChainHeads heads;

	private final ChainRecordRepository records;

	private final ChainVerifier verifier;

	private final VerifactuProperties properties;

	private final Clock clock;

	VerifactuChain(ChainHeads heads, ChainRecordRepository records, ChainVerifier verifier,
			VerifactuProperties properties, Clock clock) {
		this.heads = heads;
		this.records = records;
		this.verifier = verifier;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Appends the registro de alta of an issued invoice.
	 *
	 * @throws ConflictException when the invoice is already registered, or the chain is broken
	 */
	@Transactional
	public ChainRecordView registerIssue(InvoiceRegistration invoice) {
		String issuer = text("issuerTaxId", invoice.issuerTaxId(), 20);
		String series = text("seriesNumber", invoice.seriesNumber(), 60);
		String issueDate = date(invoice.issueDate());
		String type = text("invoiceType", invoice.invoiceType(), 2);
		if (!INVOICE_TYPES.contains(type)) {
			throw new IllegalArgumentException("invoiceType must be one of " + INVOICE_TYPES + ": " + type);
		}
		String taxTotal = AeatFormats.amount("taxTotal", invoice.taxTotal());
		String grossTotal = AeatFormats.amount("grossTotal", invoice.grossTotal());
		long last = heads.lock(issuer);
		if (standing(issuer, series, issueDate) == RecordKind.ALTA) {
			throw new ConflictException("seriesNumber", "verifactu.alta.duplicate", series, issuer);
		}
		return append(last, new HuellaInput(RecordKind.ALTA, issuer, series, issueDate, type, taxTotal, grossTotal,
				previousHuella(issuer, last), now()), invoice.invoiceId());
	}

	/**
	 * Appends the registro de anulación of a registered invoice.
	 *
	 * @throws BusinessRuleException when the invoice has no standing registro de alta
	 * @throws ConflictException when the chain is broken
	 */
	@Transactional
	public ChainRecordView registerCancellation(InvoiceCancellation invoice) {
		String issuer = text("issuerTaxId", invoice.issuerTaxId(), 20);
		String series = text("seriesNumber", invoice.seriesNumber(), 60);
		String issueDate = date(invoice.issueDate());
		long last = heads.lock(issuer);
		if (standing(issuer, series, issueDate) != RecordKind.ALTA) {
			throw new BusinessRuleException("verifactu.anulacion.notRegistered", series, issuer);
		}
		return append(last, new HuellaInput(RecordKind.ANULACION, issuer, series, issueDate, null, null, null,
				previousHuella(issuer, last), now()), invoice.invoiceId());
	}

	/** Walks every issuer's chain, recomputing each huella, and names the first broken link. */
	public ChainVerification verify() {
		return verifier.verify();
	}

	/** The AEAT validation URL the invoice's QR code carries, its parameters URL-encoded. */
	public String qrUrl(String issuerTaxId, String seriesNumber, LocalDate issueDate, BigDecimal grossTotal) {
		return "https://" + properties.qrHost() + QR_PATH + "?nif=" + encoded(text("issuerTaxId", issuerTaxId, 20))
				+ "&numserie=" + encoded(text("seriesNumber", seriesNumber, 60)) + "&fecha=" + encoded(date(issueDate))
				+ "&importe=" + encoded(AeatFormats.amount("grossTotal", grossTotal));
	}

	/** The QR code of a URL (error correction M) as a PNG {@code data:} URI, for the invoice PDF. */
	public String qrPngDataUri(String url) {
		return QrCodes.pngDataUri(url);
	}

	/** The records of one issuer (or all when null), newest first. */
	@Transactional(readOnly = true)
	public Page<ChainRecordView> records(String issuerTaxId, Pageable pageable) {
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Direction.DESC, "id"));
		Page<ChainRecord> page = issuerTaxId == null || issuerTaxId.isBlank() ? records.findAll(newestFirst)
				: records.findByIssuerTaxId(issuerTaxId.strip(), newestFirst);
		return page.map(ChainRecord::toView);
	}

	/** The issuers that have a chain. */
	@Transactional(readOnly = true)
	public List<String> issuers() {
		return heads.issuers();
	}

	private ChainRecordView append(long last, HuellaInput fields, Long invoiceId) {
		ChainRecord record = records.save(new ChainRecord(last + 1, fields, invoiceId));
		heads.advance(fields.issuerTaxId(), last + 1);
		return record.toView();
	}

	/** Whether the invoice stands registered (ALTA), cancelled (ANULACION) or unknown to the chain (null). */
	private RecordKind standing(String issuer, String series, String issueDate) {
		return records.findFirstByIssuerTaxIdAndSeriesNumberAndIssueDateOrderBySequenceNumberDesc(issuer, series, issueDate)
			.map(ChainRecord::getKind)
			.orElse(null);
	}

	/** The huella of the chain's last record, recomputed from its fields first; null for an empty chain. */
	private String previousHuella(String issuer, long last) {
		if (last == 0) {
			return null;
		}
		StoredRecord previous = records.findByIssuerTaxIdAndSequenceNumber(issuer, last)
			.map(ChainRecord::stored)
			.filter(StoredRecord::intact)
			.orElseThrow(() -> new ConflictException(null, "verifactu.chain.broken", issuer, last));
		return previous.huella();
	}

	private String now() {
		return AeatFormats.timestamp(ZonedDateTime.now(clock.withZone(properties.zone())));
	}

	private static String text(String name, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new IllegalArgumentException(name + " is longer than " + maxLength + ": " + stripped);
		}
		return stripped;
	}

	private static String date(LocalDate date) {
		if (date == null) {
			throw new IllegalArgumentException("issueDate is required");
		}
		return AeatFormats.date(date);
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
