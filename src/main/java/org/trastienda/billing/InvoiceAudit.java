package org.trastienda.billing;

import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;

/**
 * Writes what happens to invoices to the audit trail: every change under the invoice (its history);
 * what happens to the document itself — issued, sent, rectified, cancelled — also under its contract
 * and on its customer's timeline, so both show the invoice.
 */
@Component
class InvoiceAudit {

	static final String INVOICE = "Invoice";

	static final String CONTRACT = "Contract";

	private final AuditTrail trail;

	InvoiceAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/** A change of the invoice, in its own history only. */
	void record(Invoice invoice, String action, String actor, Changes changes) {
		trail.record(INVOICE, invoice.getId(), null, action, label(invoice), actor, changes.list());
	}

	/** An event of the document: in its history, and on the contract's and the customer's timelines. */
	void announce(Invoice invoice, String action, String actor, Changes changes) {
		String summary = label(invoice) + " · " + invoice.getGrossTotal().toPlainString() + " " + invoice.getCurrency();
		trail.recordAll(List.of(new AuditRecord(INVOICE, invoice.getId(), null, action, summary, actor, changes.list()),
				new AuditRecord(CONTRACT, invoice.getContractId(), invoice.getCustomerId(), "INVOICE_" + action,
						summary, actor, changes.list())));
	}

	List<AuditEntryView> history(Long invoiceId) {
		return trail.history(INVOICE, invoiceId);
	}

	/** How the trail names an invoice: its number, or the draft and its contract. */
	static String label(Invoice invoice) {
		return (invoice.getInvoiceNumber() != null ? invoice.getInvoiceNumber() : "#" + invoice.getId()) + " · "
				+ invoice.getContractNumber();
	}
}
