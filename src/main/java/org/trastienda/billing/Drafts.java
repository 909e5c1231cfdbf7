package org.trastienda.billing;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerView;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.LineItem;
import org.trastienda.shared.Versions;

/**
 * Draft invoices: created on an invoiceable contract, changed and deleted by the back office while
 * they are drafts, always priced as they stand (with the customer's recargo de equivalencia) and
 * with the due date their payment terms give.
 */
@Component
class Drafts {

	private final InvoiceableContracts contracts;

	private final CustomerArchive customers;

	private final CompanySettings settings;

	private final InvoiceEditor editor;

	private final InvoiceRepository invoices;

	private final ScopedInvoices scoped;

	private final RecargoRates recargo;

	private final RequestLinks requests;

	private final InvoiceAudit audit;

	private final BillingClock clock;

	Drafts(InvoiceableContracts contracts, CustomerArchive customers, CompanySettings settings, InvoiceEditor editor,
			InvoiceRepository invoices, ScopedInvoices scoped, RecargoRates recargo, RequestLinks requests,
			InvoiceAudit audit, BillingClock clock) {
		this.contracts = contracts;
		this.customers = customers;
		this.settings = settings;
		this.editor = editor;
		this.invoices = invoices;
		this.scoped = scoped;
		this.recargo = recargo;
		this.requests = requests;
		this.audit = audit;
		this.clock = clock;
	}

	Invoice create(CurrentUser user, InvoiceData data) {
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		ContractView contract = contracts.require(data.contractId());
		CustomerView customer = customers.get(contract.partyId());
		InvoiceEditor.Draft draft = editor.check(data, contract, null, paymentDays(contract, customer), clock.today());
		Instant now = clock.now();
		Invoice invoice = new Invoice(contracts.header(contract), user.username(), now);
		invoice.apply(draft.terms());
		invoice.replaceLines(draft.lines());
		price(invoice, recargoApplies(customer, draft.original()));
		invoice = invoices.saveAndFlush(invoice);
		if (data.requestId() != null) {
			requests.prepare(data.requestId(), invoice, user.username(), now);
		}
		audit.record(invoice, "CREATED", user.username(), new Changes().created("type", invoice.getType())
			.created("lines", invoice.getLines().size())
			.created("grossTotal", invoice.getGrossTotal())
			.created("request", data.requestId()));
		return invoice;
	}

	Invoice update(CurrentUser user, Long id, Long version, InvoiceData data) {
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		Invoice invoice = scoped.require(user.scope(), id);
		requireChangeable(invoice);
		Versions.requireCurrent(version, invoice.getVersion());
		ContractView contract = contracts.require(invoice.getContractId());
		CustomerView customer = customers.get(invoice.getCustomerId());
		InvoiceEditor.Draft draft = editor.check(new InvoiceData(invoice.getContractId(), data.type(), data.series(),
				data.issueDate(), data.operationDate(), data.rectifiesInvoiceId(), data.notes(), data.lines(), null),
				contract, invoice, paymentDays(contract, customer), clock.today());
		Invoice.Terms before = invoice.terms();
		int linesBefore = invoice.getLines().size();
		var grossBefore = invoice.getGrossTotal();
		boolean overridden = invoice.getOverrideStatus() != OverrideStatus.NONE;
		invoice.apply(draft.terms());
		invoice.replaceLines(draft.lines());
		price(invoice, recargoApplies(customer, draft.original()));
		invoice.dropOverride();
		invoice.touch(clock.now(), user.username());
		invoices.flush();
		audit.record(invoice, "UPDATED", user.username(), new Changes().field("type", before.type(), invoice.getType())
			.field("issueDate", before.issueDate(), invoice.getIssueDate())
			.field("operationDate", before.operationDate(), invoice.getOperationDate())
			.field("lines", linesBefore, invoice.getLines().size())
			.field("grossTotal", grossBefore, invoice.getGrossTotal())
			.field("override", overridden ? "dropped" : null, null));
		return invoice;
	}

	void delete(CurrentUser user, Long id, Long version) {
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		Invoice invoice = scoped.require(user.scope(), id);
		requireChangeable(invoice);
		if (version != null) {
			Versions.requireCurrent(version, invoice.getVersion());
		}
		requests.release(invoice, user.username(), clock.now());
		audit.record(invoice, "DELETED", user.username(), new Changes().field("grossTotal", invoice.getGrossTotal(), null));
		invoices.delete(invoice);
		invoices.flush();
	}

	/** Sets the lines' nets, the tax breakdown and the totals from the lines as they stand. */
	void price(Invoice invoice, boolean recargoApplies) {
		List<LineItem> items = invoice.getLines().stream().map(line -> line.terms().item()).toList();
		invoice.price(InvoiceAmounts.of(invoice.getCurrency(), items, recargo.forCustomer(recargoApplies)),
				recargoApplies);
	}

	/** Days from issue to due date: the contract's payment terms, else the customer's, else the company's. */
	int paymentDays(ContractView contract, CustomerView customer) {
		if (contract.paymentTermsDays() != null) {
			return contract.paymentTermsDays();
		}
		if (customer.billing() != null && customer.billing().paymentTermsDays() != null) {
			return customer.billing().paymentTermsDays();
		}
		return settings.profile().getPaymentDays();
	}

	/** A rectifying invoice keeps the tax treatment of the one it corrects; any other follows the customer. */
	static boolean recargoApplies(CustomerView customer, Invoice original) {
		if (original != null) {
			return original.isRecargoEquivalencia();
		}
		return customer.billing() != null && customer.billing().recargoEquivalencia();
	}

	/** Only a draft changes, and not while an override of its findings is being decided. */
	static void requireChangeable(Invoice invoice) {
		if (!invoice.isDraft()) {
			throw new BusinessRuleException("billing.invoice.notDraft", InvoiceAudit.label(invoice));
		}
		if (invoice.getOverrideStatus() == OverrideStatus.PENDING) {
			throw new BusinessRuleException("billing.invoice.overridePending", InvoiceAudit.label(invoice));
		}
	}
}
