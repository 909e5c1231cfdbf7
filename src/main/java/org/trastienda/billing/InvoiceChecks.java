package org.trastienda.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.CustomerArchive;

/**
 * Runs the pre-check on an invoice with what it reads (contract, customer, issuer, original), and
 * says which blocking findings an approved override does not cover.
 */
@Component
class InvoiceChecks {

	private final PreCheck preCheck;

	private final Contracts contracts;

	private final CustomerArchive customers;

	private final CompanySettings settings;

	private final InvoiceRepository invoices;

	private final BillingClock clock;

	InvoiceChecks(PreCheck preCheck, Contracts contracts, CustomerArchive customers, CompanySettings settings,
			InvoiceRepository invoices, BillingClock clock) {
		this.preCheck = preCheck;
		this.contracts = contracts;
		this.customers = customers;
		this.settings = settings;
		this.invoices = invoices;
		this.clock = clock;
	}

	/** The findings on the day the invoice is (or would be) issued. */
	List<Finding> run(Invoice invoice) {
		return run(invoice, context(invoice, invoice.getIssueDate() != null ? invoice.getIssueDate() : clock.today()));
	}

	List<Finding> run(Invoice invoice, PreCheck.Context context) {
		return preCheck.run(invoice, context);
	}

	PreCheck.Context context(Invoice invoice, LocalDate day) {
		Invoice original = invoice.getRectifiesInvoiceId() == null ? null
				: invoices.findById(invoice.getRectifiesInvoiceId()).orElse(null);
		return new PreCheck.Context(contracts.get(invoice.getContractId()), customers.get(invoice.getCustomerId()),
				settings.profile(), original, day);
	}

	/** The blocking findings that still stop issuing: all of them, but those a granted override covers. */
	static List<Finding> uncovered(Invoice invoice, List<Finding> findings) {
		Set<String> covered = invoice.getOverrideStatus() == OverrideStatus.GRANTED
				? Set.of(invoice.getOverrideFindings().split(" ")) : Set.of();
		return findings.stream()
			.filter(Finding::blocking)
			.filter(finding -> !(finding.code().overridable() && covered.contains(finding.key())))
			.toList();
	}
}
