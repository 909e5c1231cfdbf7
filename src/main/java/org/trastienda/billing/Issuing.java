package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.CustomerView;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneType;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.BusinessRuleException;

/**
 * Issues a draft, all in the caller's transaction: the draft row locked, priced as it stands, the
 * series row locked, the pre-check run again under that lock (so two clerks on one series cannot both
 * invoice the same delivered quantity), the next number of the series for the issue year, the
 * VERI*FACTU registro de alta, and the frozen invoice. Then the request it answers is marked invoiced,
 * the contract's invoicing milestone completes when the contract is fully invoiced, and the customer
 * gets the PDF by e-mail when the company settings say so.
 */
@Component
class Issuing {

	private final ScopedInvoices scoped;

	private final InvoiceRepository invoices;

	private final Drafts drafts;

	private final InvoiceChecks checks;

	private final SeriesCounters counters;

	private final InvoicedQuantities invoiced;

	private final VerifactuRecords verifactu;

	private final CompanySettings settings;

	private final RequestLinks requests;

	private final ExecutionSchedule schedules;

	private final InvoiceDocuments documents;

	private final InvoiceAudit audit;

	private final ApplicationEventPublisher events;

	private final BillingClock clock;

	Issuing(ScopedInvoices scoped, InvoiceRepository invoices, Drafts drafts, InvoiceChecks checks,
			SeriesCounters counters, InvoicedQuantities invoiced, VerifactuRecords verifactu, CompanySettings settings,
			RequestLinks requests, ExecutionSchedule schedules, InvoiceDocuments documents, InvoiceAudit audit,
			ApplicationEventPublisher events, BillingClock clock) {
		this.scoped = scoped;
		this.invoices = invoices;
		this.drafts = drafts;
		this.checks = checks;
		this.counters = counters;
		this.invoiced = invoiced;
		this.verifactu = verifactu;
		this.settings = settings;
		this.requests = requests;
		this.schedules = schedules;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	Invoice issue(CurrentUser user, Long id) {
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		Invoice invoice = scoped.requireLocked(user.scope(), id);
		if (!invoice.isDraft()) {
			throw new BusinessRuleException("billing.invoice.notDraft", InvoiceAudit.label(invoice));
		}
		if (invoice.getLines().isEmpty()) {
			throw new BusinessRuleException("billing.invoice.noLines", InvoiceAudit.label(invoice));
		}
		LocalDate today = clock.today();
		LocalDate issueDate = invoice.getIssueDate() != null ? invoice.getIssueDate() : today;
		if (issueDate.isAfter(today)) {
			throw new BusinessRuleException("billing.invoice.issueDateInFuture", issueDate);
		}
		PreCheck.Context context = checks.context(invoice, issueDate);
		drafts.price(invoice, Drafts.recargoApplies(context.customer(), context.original()));
		// The new amounts reach the database while the invoice is still a draft: once it is issued, the
		// trigger refuses any write to its lines and tax rows.
		invoices.flush();
		SeriesCounters.Locked series = counters.lock(invoice.getSeriesId());
		List<Finding> findings = checks.run(invoice, context);
		if (!InvoiceChecks.uncovered(invoice, findings).isEmpty()) {
			throw new InvoiceBlocked(findings);
		}
		if (context.original() != null) {
			requireWithinOriginal(invoice, context.original());
		}
		IssuedNumber number = counters.next(series, issueDate);
		Party issuer = settings.profile().asIssuer();
		// The registro de alta is written in this transaction, before the invoice is frozen with its
		// huella: an invoice never exists without its record, nor a record without its invoice, and a
		// rollback (a refused date, a failure) undoes both and leaves the chain and the series untouched.
		String huella = verifactu.registerIssue(invoice, number, issuer);
		Instant now = clock.now();
		invoice.issue(number, issueDate.plusDays(paymentDays(invoice, context)), issuer, recipient(context.customer()),
				huella, user.username(), now);
		invoices.flush();
		requests.invoiced(invoice, user.username(), now);
		audit.announce(invoice, "ISSUED", user.username(), new Changes().field("status", InvoiceStatus.DRAFT,
				InvoiceStatus.ISSUED).field("number", null, invoice.getInvoiceNumber())
			.field("override", null,
					invoice.getOverrideStatus() == OverrideStatus.GRANTED ? invoice.getOverrideFindings() : null));
		events.publishEvent(new InvoiceIssued(invoice.getId(), invoice.getContractId(), invoice.getCustomerId()));
		if (fullyInvoiced(context.contract())) {
			schedules.completeMilestone(invoice.getContractId(), MilestoneType.INVOICING, issueDate);
		}
		if (settings.profile().isEmailAtIssue()) {
			documents.sendAtIssue(invoice, context.customer(), user.username());
		}
		return invoice;
	}

	/** A rectifying invoice takes back at most what its original invoiced and earlier rectifications left. */
	private void requireWithinOriginal(Invoice invoice, Invoice original) {
		Map<Long, BigDecimal> taken = invoiced.rectifiedByOriginalLine(original.getId(), invoice.getId(), false);
		for (InvoiceLine originalLine : original.getLines()) {
			BigDecimal now = invoice.getLines().stream()
				.filter(line -> originalLine.getId().equals(line.getOriginalLineId()))
				.map(line -> line.getQuantity().negate())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal total = now.add(taken.getOrDefault(originalLine.getId(), BigDecimal.ZERO));
			if (total.compareTo(originalLine.getQuantity()) > 0) {
				throw new BusinessRuleException("billing.rectify.exceedsOriginal", originalLine.getPosition(),
						original.getInvoiceNumber(), originalLine.getQuantity(), total);
			}
		}
	}

	/** A rectifying invoice falls due as its original did; any other by the contract's payment terms. */
	private int paymentDays(Invoice invoice, PreCheck.Context context) {
		Invoice original = context.original();
		if (original != null) {
			return (int) ChronoUnit.DAYS.between(original.getIssueDate(), original.getDueDate());
		}
		return drafts.paymentDays(context.contract(), context.customer());
	}

	private static Party recipient(CustomerView customer) {
		return new Party(customer.legalName(), customer.taxId(), Addresses.lines(customer.address()));
	}

	/** Every line of the contract invoiced in full, net of rectifications. */
	private boolean fullyInvoiced(ContractView contract) {
		Map<Long, BigDecimal> done = invoiced.byContractLine(contract.id(), null);
		return !contract.lines().isEmpty() && contract.lines().stream()
			.allMatch(line -> done.getOrDefault(line.id(), BigDecimal.ZERO).compareTo(line.quantity()) >= 0);
	}
}
