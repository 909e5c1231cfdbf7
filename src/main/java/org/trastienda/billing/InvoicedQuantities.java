package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What has been invoiced already, in SQL over {@code invoice} and {@code invoice_line}: per contract
 * line the quantity of issued invoices (rectifying lines count negative, so a credit gives quantity
 * back), per line of an original what rectifications took back, and a customer's open amount.
 */
@Component
class InvoicedQuantities {

	private final JdbcClient jdbc;

	InvoicedQuantities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Net quantity of issued invoices per contract line of the contract, leaving out one invoice (null: none). */
	Map<Long, BigDecimal> byContractLine(Long contractId, Long exceptInvoiceId) {
		Map<Long, BigDecimal> invoiced = new HashMap<>();
		jdbc.sql("""
				SELECT l.contract_line_id, SUM(l.quantity) AS quantity
				FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
				WHERE i.contract_id = :contract AND i.status = 'ISSUED' AND i.id <> :except
				  AND l.contract_line_id IS NOT NULL
				GROUP BY l.contract_line_id""")
			.param("contract", contractId)
			.param("except", exceptInvoiceId == null ? -1L : exceptInvoiceId)
			.query(rs -> {
				invoiced.put(rs.getLong("contract_line_id"), rs.getBigDecimal("quantity"));
			});
		return invoiced;
	}

	/** Per contract line of the contract, the quantity rectifying drafts are about to take back (positive). */
	Map<Long, BigDecimal> pendingRectificationByContractLine(Long contractId) {
		Map<Long, BigDecimal> pending = new HashMap<>();
		jdbc.sql("""
				SELECT l.contract_line_id, -SUM(l.quantity) AS quantity
				FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
				WHERE i.contract_id = ? AND i.status = 'DRAFT' AND i.rectifies_invoice_id IS NOT NULL
				  AND l.contract_line_id IS NOT NULL
				GROUP BY l.contract_line_id""")
			.param(contractId)
			.query(rs -> {
				pending.put(rs.getLong("contract_line_id"), rs.getBigDecimal("quantity"));
			});
		return pending;
	}

	/**
	 * Per line of the original, the quantity its rectifying invoices take back (as a positive number):
	 * issued ones, and drafts too when {@code withDrafts}, leaving out one invoice (null: none).
	 */
	Map<Long, BigDecimal> rectifiedByOriginalLine(Long originalId, Long exceptInvoiceId, boolean withDrafts) {
		Map<Long, BigDecimal> rectified = new HashMap<>();
		jdbc.sql("""
				SELECT l.original_line_id, -SUM(l.quantity) AS quantity
				FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
				WHERE i.rectifies_invoice_id = :original AND i.id <> :except
				  AND (i.status = 'ISSUED' OR (:drafts AND i.status = 'DRAFT'))
				  AND l.original_line_id IS NOT NULL
				GROUP BY l.original_line_id""")
			.param("original", originalId)
			.param("except", exceptInvoiceId == null ? -1L : exceptInvoiceId)
			.param("drafts", withDrafts)
			.query(rs -> {
				rectified.put(rs.getLong("original_line_id"), rs.getBigDecimal("quantity"));
			});
		return rectified;
	}

	/**
	 * What the customer owes on issued invoices not yet due on the day: until collections are recorded,
	 * an invoice counts as open until its due date.
	 */
	BigDecimal openAmount(Long customerId, LocalDate day) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(gross_total), 0) FROM invoice
				WHERE customer_id = ? AND status = 'ISSUED' AND due_date >= ?""")
			.params(customerId, day)
			.query(BigDecimal.class)
			.single();
	}
}
