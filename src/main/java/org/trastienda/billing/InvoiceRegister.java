package org.trastienda.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.documents.SpreadsheetExport;
import org.trastienda.documents.SpreadsheetExports;
import org.trastienda.documents.SpreadsheetFormat;

/**
 * The register of issued invoices in SQL over {@code invoice}, {@code invoice_tax} and
 * {@code invoice_series} (indexes {@code invoice_issue_date_idx} and the tax rows' primary key), for
 * the back office, finance, the director and the administrator, who see every invoice. Also as CSV or
 * XLSX: one row per invoice and VAT rate, the invoice's total on its first row only, so the column
 * sums.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceRegister {

	private static final String ROWS = """
			SELECT i.id, i.invoice_number, s.code AS series_code, i.type, i.status, i.issue_date, i.recipient_name,
			       i.recipient_tax_id, i.net_total, i.vat_total, i.recargo_total, i.gross_total,
			       t.vat_rate, t.base, t.vat, t.recargo_rate, t.recargo,
			       -- a lookup per rectifying invoice, rather than a join that reads every invoice
			       (SELECT o.invoice_number FROM invoice o WHERE o.id = i.rectifies_invoice_id) AS rectifies
			FROM invoice i
			JOIN invoice_series s ON s.id = i.series_id
			LEFT JOIN invoice_tax t ON t.invoice_id = i.id
			WHERE i.status <> 'DRAFT' AND i.issue_date >= :from AND i.issue_date <= :to %s
			ORDER BY s.code, i.issue_year, i.sequence_number, t.vat_rate""";

	private static final String TOTALS = """
			SELECT t.vat_rate, t.recargo_rate, SUM(t.base) AS base, SUM(t.vat) AS vat, SUM(t.recargo) AS recargo
			FROM invoice i
			JOIN invoice_series s ON s.id = i.series_id
			JOIN invoice_tax t ON t.invoice_id = i.id
			WHERE i.status = 'ISSUED' AND i.issue_date >= :from AND i.issue_date <= :to %s
			GROUP BY t.vat_rate, t.recargo_rate
			ORDER BY t.vat_rate, t.recargo_rate""";

	private static final List<String> HEADERS = List.of("issueDate", "number", "series", "type", "status",
			"customerName", "customerTaxId", "rectifies", "vatRate", "base", "vat", "recargoRate", "recargo",
			"grossTotal");

	private final JdbcClient jdbc;

	private final SpreadsheetExports exports;

	private final BillingClock clock;

	InvoiceRegister(JdbcClient jdbc, SpreadsheetExports exports, BillingClock clock) {
		this.jdbc = jdbc;
		this.exports = exports;
		this.clock = clock;
	}

	/** The first day of the current month, where the register's page starts. */
	public LocalDate monthStart() {
		return clock.today().withDayOfMonth(1);
	}

	/** The register from {@code from} to {@code to} (inclusive), of one series when {@code series} is a code. */
	public RegisterView report(LocalDate from, LocalDate to, String series) {
		String code = checked(from, to, series);
		Map<Long, RegisterRow> rows = new LinkedHashMap<>();
		forEachTaxRow(from, to, code, taxRow -> {
			RegisterRow row = rows.computeIfAbsent(taxRow.invoiceId(), id -> taxRow.row());
			if (taxRow.tax() != null) {
				row.taxes().add(taxRow.tax());
			}
		});
		List<InvoiceTaxView> totals = query(TOTALS, from, to, code)
			.query((rs, index) -> tax(rs))
			.list();
		BigDecimal base = sum(totals, InvoiceTaxView::base);
		BigDecimal vat = sum(totals, InvoiceTaxView::vat);
		BigDecimal recargo = sum(totals, InvoiceTaxView::recargo);
		return new RegisterView(from, to, code, List.copyOf(rows.values()), totals, base, vat, recargo,
				base.add(vat).add(recargo));
	}

	/** The register as a spreadsheet, read while it is written. */
	public SpreadsheetExport export(LocalDate from, LocalDate to, String series, SpreadsheetFormat format) {
		String code = checked(from, to, series);
		return exports.prepare("libro-facturas-expedidas-" + from + "-" + to + (code == null ? "" : "-" + code), format,
				HEADERS, row -> {
					Long[] previous = { null };
					forEachTaxRow(from, to, code, taxRow -> {
						RegisterRow invoice = taxRow.row();
						InvoiceTaxView tax = taxRow.tax();
						boolean first = !invoice.invoiceId().equals(previous[0]);
						previous[0] = invoice.invoiceId();
						row.accept(Arrays.asList(invoice.issueDate(), invoice.number(), invoice.series(),
								invoice.type().name(), invoice.status().name(), invoice.customerName(),
								invoice.customerTaxId(), invoice.rectifies(), tax == null ? null : tax.vatRate(),
								tax == null ? null : tax.base(), tax == null ? null : tax.vat(),
								tax == null ? null : tax.recargoRate(), tax == null ? null : tax.recargo(),
								first ? invoice.grossTotal() : null));
					});
				});
	}

	/** One row of the joined query: its invoice and one of its tax rows (null for an invoice without any). */
	private record TaxRow(Long invoiceId, RegisterRow row, InvoiceTaxView tax) {
	}

	private void forEachTaxRow(LocalDate from, LocalDate to, String series, Consumer<TaxRow> consumer) {
		query(ROWS, from, to, series).query(rs -> {
			consumer.accept(new TaxRow(rs.getLong("id"), row(rs), rs.getBigDecimal("vat_rate") == null ? null : tax(rs)));
		});
	}

	private JdbcClient.StatementSpec query(String sql, LocalDate from, LocalDate to, String series) {
		JdbcClient.StatementSpec statement = jdbc.sql(sql.formatted(series == null ? "" : "AND s.code = :series"))
			.param("from", from)
			.param("to", to);
		return series == null ? statement : statement.param("series", series);
	}

	private static RegisterRow row(ResultSet rs) throws SQLException {
		return new RegisterRow(rs.getLong("id"), rs.getString("invoice_number"), rs.getString("series_code"),
				InvoiceType.valueOf(rs.getString("type")), InvoiceStatus.valueOf(rs.getString("status")),
				rs.getObject("issue_date", LocalDate.class), rs.getString("recipient_name"),
				rs.getString("recipient_tax_id"), rs.getString("rectifies"), new ArrayList<>(),
				rs.getBigDecimal("net_total"), rs.getBigDecimal("vat_total"), rs.getBigDecimal("recargo_total"),
				rs.getBigDecimal("gross_total"));
	}

	private static InvoiceTaxView tax(ResultSet rs) throws SQLException {
		return new InvoiceTaxView(rs.getBigDecimal("vat_rate"), rs.getBigDecimal("base"), rs.getBigDecimal("vat"),
				rs.getBigDecimal("recargo_rate"), rs.getBigDecimal("recargo"));
	}

	private static BigDecimal sum(List<InvoiceTaxView> taxes, Function<InvoiceTaxView, BigDecimal> part) {
		return taxes.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

	private static String checked(LocalDate from, LocalDate to, String series) {
		Checks checks = new Checks().required("from", from).required("to", to);
		if (from != null && to != null && to.isBefore(from)) {
			checks.reject("to", "billing.error.toBeforeFrom");
		}
		checks.throwIfAny();
		String code = Checks.clean(series);
		return code == null ? null : code.toUpperCase(Locale.ROOT);
	}
}
