package org.trastienda.billing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.BusinessRuleException;

/**
 * Cancelling an invoice issued in error, with a VERI*FACTU registro de anulación instead of a
 * rectifying invoice. Our rule: only while the invoice has had no effect outside — never sent to the
 * customer and not corrected by any rectifying invoice (collections are not recorded yet; once they
 * are, a collected invoice will not qualify either). Anything else is corrected by rectifying. The
 * number stays used: the register shows the invoice as cancelled, so the series keeps no gap.
 */
@Component
class Cancellations {

	private final ScopedInvoices scoped;

	private final InvoiceRepository invoices;

	private final Dispatches dispatches;

	private final VerifactuRecords verifactu;

	private final InvoiceAudit audit;

	private final ApplicationEventPublisher events;

	private final BillingClock clock;

	Cancellations(ScopedInvoices scoped, InvoiceRepository invoices, Dispatches dispatches, VerifactuRecords verifactu,
			InvoiceAudit audit, ApplicationEventPublisher events, BillingClock clock) {
		this.scoped = scoped;
		this.invoices = invoices;
		this.dispatches = dispatches;
		this.verifactu = verifactu;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	Invoice cancel(CurrentUser user, Long id, String reason) {
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		String why = Checks.clean(reason);
		new Checks().text("reason", why, 2000, true).throwIfAny();
		Invoice invoice = scoped.requireLocked(user.scope(), id);
		if (invoice.getStatus() != InvoiceStatus.ISSUED) {
			throw new BusinessRuleException("billing.cancel.notIssued", InvoiceAudit.label(invoice));
		}
		if (!dispatches.of(id).isEmpty()) {
			throw new BusinessRuleException("billing.cancel.sent", invoice.getInvoiceNumber());
		}
		if (invoices.findByRectifiesInvoiceIdOrderByIdDesc(id).stream()
			.anyMatch(rectifying -> rectifying.getStatus() != InvoiceStatus.CANCELLED)) {
			throw new BusinessRuleException("billing.cancel.rectified", invoice.getInvoiceNumber());
		}
		// In the cancelling transaction, as the registro de alta is in the issuing one: the anulación
		// exists exactly when the invoice is cancelled.
		verifactu.registerCancellation(invoice);
		invoice.cancel(why, user.username(), clock.now());
		invoices.flush();
		audit.announce(invoice, "CANCELLED", user.username(),
				new Changes().field("status", InvoiceStatus.ISSUED, InvoiceStatus.CANCELLED).field("reason", null, why));
		events.publishEvent(new InvoiceCancelled(invoice.getId(), invoice.getContractId(), invoice.getCustomerId()));
		return invoice;
	}
}
