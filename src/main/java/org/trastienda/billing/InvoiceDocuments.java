package org.trastienda.billing;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.customers.CustomerView;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.PdfRenderer;
import org.trastienda.documents.StoredFile;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutgoingMessage;
import org.trastienda.shared.BusinessRuleException;

/**
 * The PDF of an issued invoice, rendered from its frozen data only (issuer and recipient as they were
 * at issue, its number, amounts and VERI*FACTU QR code), so every rendering shows the same invoice;
 * and its e-mail to the customer's invoice address through the outbox, with the PDF stored and
 * attached and the send recorded.
 */
@Component
class InvoiceDocuments {

	static final String TEMPLATE = "billing/invoice-pdf";

	private final InvoiceViews views;

	private final VerifactuRecords verifactu;

	private final PdfRenderer renderer;

	private final FileStore files;

	private final Outbox outbox;

	private final Dispatches dispatches;

	private final InvoiceAudit audit;

	private final MessageSource messages;

	private final BillingClock clock;

	InvoiceDocuments(InvoiceViews views, VerifactuRecords verifactu, PdfRenderer renderer, FileStore files,
			Outbox outbox, Dispatches dispatches, InvoiceAudit audit, MessageSource messages, BillingClock clock) {
		this.views = views;
		this.verifactu = verifactu;
		this.renderer = renderer;
		this.files = files;
		this.outbox = outbox;
		this.dispatches = dispatches;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The PDF of an issued (or cancelled) invoice; a draft has none. */
	InvoicePdf pdf(Invoice invoice, CustomerView customer) {
		if (invoice.isDraft()) {
			throw new BusinessRuleException("billing.invoice.draftHasNoPdf", InvoiceAudit.label(invoice));
		}
		Locale locale = language(customer);
		Map<String, Object> model = new HashMap<>();
		model.put("detail", views.detail(invoice));
		model.put("qr", verifactu.qrDataUri(invoice));
		byte[] content = renderer.render(TEMPLATE, model, locale);
		String filename = messages.getMessage("billing.pdf.filename", new Object[] { invoice.getInvoiceNumber() },
				locale);
		return new InvoicePdf(filename, content);
	}

	/** E-mails the PDF to the customer's invoice address (else their e-mail); refused (422) when they have none. */
	void send(Invoice invoice, CustomerView customer, String actor) {
		String recipient = recipient(customer);
		if (recipient == null) {
			throw new BusinessRuleException("billing.send.noAddress", customer.legalName());
		}
		if (invoice.getStatus() != InvoiceStatus.ISSUED) {
			throw new BusinessRuleException("billing.send.notIssued", InvoiceAudit.label(invoice));
		}
		deliver(invoice, customer, recipient, actor);
	}

	/** The e-mail at issue, when the settings ask for it: a customer without an address is simply not mailed. */
	void sendAtIssue(Invoice invoice, CustomerView customer, String actor) {
		String recipient = recipient(customer);
		if (recipient != null) {
			deliver(invoice, customer, recipient, actor);
		}
	}

	private void deliver(Invoice invoice, CustomerView customer, String recipient, String actor) {
		InvoicePdf pdf = pdf(invoice, customer);
		StoredFile stored = files.store(pdf.filename(), pdf.content().length, new ByteArrayInputStream(pdf.content()));
		Locale locale = language(customer);
		Object[] arguments = { invoice.getInvoiceNumber(), invoice.issuer().name(),
				invoice.getGrossTotal().toPlainString() + " " + invoice.getCurrency(), invoice.getDueDate() };
		outbox.enqueue(OutgoingMessage.to(recipient, messages.getMessage("billing.mail.subject", arguments, locale),
				messages.getMessage("billing.mail.body", arguments, locale))
			.withAttachments(stored.id()));
		dispatches.record(invoice.getId(), recipient, stored.id(), actor, clock.now());
		audit.announce(invoice, "SENT", actor, new Changes().created("recipient", recipient).created("file",
				stored.filename()));
	}

	private static String recipient(CustomerView customer) {
		String invoiceEmail = customer.billing() == null ? null : Checks.clean(customer.billing().invoiceEmail());
		return invoiceEmail != null ? invoiceEmail : Checks.clean(customer.email());
	}

	private static Locale language(CustomerView customer) {
		return Locale.forLanguageTag(
				customer.billing() != null && "en".equals(customer.billing().language()) ? "en" : "es");
	}
}
