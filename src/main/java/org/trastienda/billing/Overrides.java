package org.trastienda.billing;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trastienda.approvals.ApprovalGranted;
import org.trastienda.approvals.ApprovalRejected;
import org.trastienda.approvals.ApprovalSubject;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.BusinessRuleException;

/**
 * Issuing a draft despite its price or quantity findings: the clerk asks the four-eyes engine with a
 * reason, for the findings the draft has now; whoever decides is never the one who asked (the engine
 * refuses authors). The outcome is applied in the deciding transaction (a synchronous listener, so
 * the decision and the draft's new state commit together). A draft changed afterwards loses its
 * override, as what was approved no longer describes it.
 */
@Component
class Overrides {

	static final String SUBJECT = "INVOICE_OVERRIDE";

	private final ScopedInvoices scoped;

	private final InvoiceRepository invoices;

	private final InvoiceChecks checks;

	private final Approvals approvals;

	private final InvoiceAudit audit;

	Overrides(ScopedInvoices scoped, InvoiceRepository invoices, InvoiceChecks checks, Approvals approvals,
			InvoiceAudit audit) {
		this.scoped = scoped;
		this.invoices = invoices;
		this.checks = checks;
		this.approvals = approvals;
		this.audit = audit;
	}

	ApprovalView request(CurrentUser user, Long invoiceId, String reason) {
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		String why = Checks.clean(reason);
		new Checks().text("reason", why, 2000, true).throwIfAny();
		Invoice invoice = scoped.requireLocked(user.scope(), invoiceId);
		Drafts.requireChangeable(invoice);
		List<Finding> overridable = checks.run(invoice).stream()
			.filter(finding -> finding.blocking() && finding.code().overridable())
			.toList();
		if (overridable.isEmpty()) {
			throw new BusinessRuleException("billing.override.nothingToOverride", InvoiceAudit.label(invoice));
		}
		String keys = overridable.stream().map(Finding::key).sorted().collect(Collectors.joining(" "));
		invoice.requestOverride(why, keys);
		invoices.flush();
		String codes = overridable.stream().map(finding -> finding.code().name()).distinct().sorted()
			.collect(Collectors.joining(", "));
		ApprovalView request = approvals.request(new ApprovalSubject(SUBJECT, invoice.getId(),
				InvoiceAudit.label(invoice), codes + " · " + why, invoice.getGrossTotal().abs(), invoice.getCurrency(),
				invoice.getRegionId(), user.username(), "/invoices/" + invoice.getId()));
		audit.record(invoice, "OVERRIDE_REQUESTED", user.username(),
				new Changes().created("findings", keys).created("reason", why).created("approvalRequest", request.id()));
		return request;
	}

	@EventListener
	void on(ApprovalGranted granted) {
		if (granted.concerns(SUBJECT)) {
			decide(granted.subjectId(), true, granted.decidedBy(), granted.comment());
		}
	}

	@EventListener
	void on(ApprovalRejected rejected) {
		if (rejected.concerns(SUBJECT)) {
			decide(rejected.subjectId(), false, rejected.decidedBy(), rejected.comment());
		}
	}

	/** The decision is refused (and rolls back) when the draft no longer waits for it. */
	private void decide(long invoiceId, boolean granted, String decidedBy, String comment) {
		Invoice invoice = invoices.findLockedById(invoiceId).orElseThrow(() -> ScopedInvoices.notFound(invoiceId));
		if (!invoice.isDraft() || invoice.getOverrideStatus() != OverrideStatus.PENDING) {
			throw new BusinessRuleException("billing.override.notPending", InvoiceAudit.label(invoice));
		}
		invoice.decideOverride(granted);
		invoices.flush();
		audit.record(invoice, granted ? "OVERRIDE_GRANTED" : "OVERRIDE_REJECTED", decidedBy,
				new Changes().field("override", OverrideStatus.PENDING, invoice.getOverrideStatus())
					.field("comment", null, comment));
	}
}
