package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractLineView;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.BillingData;
import org.trastienda.customers.CustomerView;

/**
 * Compares a draft with its contract, what was delivered, the customer's billing data and the other
 * invoices, and lists what a clerk must know before issuing it (issue 4, section 3): the type, the
 * prices and quantities against the contract, the recipient's and issuer's data (blocking), the
 * credit limit and a suspected duplicate (warnings). Runs on every draft and again at issue.
 */
@Component
class PreCheck {

	static final BigDecimal SIMPLIFIED_LIMIT = BigDecimal.valueOf(400);

	static final int DUPLICATE_DAYS = 7;

	/** The first letters of Spanish company tax ids (CIF). */
	private static final String COMPANY_LETTERS = "ABCDEFGHJNPQRSUVW";

	private final Deliveries deliveries;

	private final InvoicedQuantities invoiced;

	private final InvoiceRepository invoices;

	private final BillingClock clock;

	PreCheck(Deliveries deliveries, InvoicedQuantities invoiced, InvoiceRepository invoices, BillingClock clock) {
		this.deliveries = deliveries;
		this.invoiced = invoiced;
		this.invoices = invoices;
		this.clock = clock;
	}

	/**
	 * What the check reads besides the draft.
	 *
	 * @param original the invoice a rectifying draft corrects, or null
	 * @param day the issue date, or today for a draft without one
	 */
	record Context(ContractView contract, CustomerView customer, CompanyProfile company, Invoice original,
			LocalDate day) {
	}

	List<Finding> run(Invoice invoice, Context context) {
		List<Finding> findings = new ArrayList<>();
		type(invoice, context, findings);
		if (!invoice.getType().isRectifying()) {
			prices(invoice, context.contract(), findings);
			quantities(invoice, context.contract(), findings);
		}
		billingData(invoice, context, findings);
		credit(invoice, context, findings);
		duplicates(invoice, context.day(), findings);
		return findings;
	}

	private static void type(Invoice invoice, Context context, List<Finding> findings) {
		InvoiceType type = invoice.getType();
		CustomerView customer = context.customer();
		if (type == InvoiceType.F2 && invoice.getGrossTotal().compareTo(SIMPLIFIED_LIMIT) > 0) {
			findings.add(new Finding(FindingCode.TYPE_MISMATCH, null, "billing.finding.simplifiedOverLimit",
					invoice.getGrossTotal(), invoice.getCurrency()));
		}
		if (type == InvoiceType.F2 && isBusiness(customer)) {
			findings.add(new Finding(FindingCode.TYPE_MISMATCH, null, "billing.finding.simplifiedToBusiness",
					customer.legalName(), customer.taxId()));
		}
		Invoice original = context.original();
		if (type.isRectifying() && original == null) {
			findings.add(new Finding(FindingCode.TYPE_MISMATCH, null, "billing.finding.rectifyingWithoutOriginal"));
		}
		if (!type.isRectifying() && original != null) {
			findings.add(new Finding(FindingCode.TYPE_MISMATCH, null, "billing.finding.originalWithoutRectifyingType",
					original.getInvoiceNumber()));
		}
		if (type.isRectifying() && original != null && (type == InvoiceType.R5) != (original.getType() == InvoiceType.F2)) {
			findings.add(new Finding(FindingCode.TYPE_MISMATCH, null,
					type == InvoiceType.R5 ? "billing.finding.r5OfFull" : "billing.finding.fullRectifyingOfSimplified",
					original.getInvoiceNumber()));
		}
	}

	/**
	 * A company or other legal entity, which must get a full invoice: a Spanish CIF (its first
	 * character a letter other than those of personal NIFs: K, L, M, X, Y, Z) or a foreign tax id.
	 * People (DNI, NIE) may get simplified invoices.
	 */
	static boolean isBusiness(CustomerView customer) {
		String taxId = customer.taxId();
		if (taxId == null || taxId.isBlank()) {
			return false;
		}
		if (customer.countryCode() != null && !"ES".equalsIgnoreCase(customer.countryCode())) {
			return true;
		}
		return COMPANY_LETTERS.indexOf(Character.toUpperCase(taxId.strip().charAt(0))) >= 0;
	}

	private static void prices(Invoice invoice, ContractView contract, List<Finding> findings) {
		Map<Long, ContractLineView> contracted = byId(contract);
		for (InvoiceLine line : invoice.getLines()) {
			ContractLineView agreed = line.getContractLineId() == null ? null : contracted.get(line.getContractLineId());
			if (agreed != null && (line.getUnitPrice().compareTo(agreed.unitPrice()) != 0
					|| line.getDiscountPercent().compareTo(agreed.discountPercent()) != 0)) {
				findings.add(new Finding(FindingCode.PRICE_MISMATCH, line.getId(), "billing.finding.price",
						line.getPosition(), line.getUnitPrice(), line.getDiscountPercent(), agreed.unitPrice(),
						agreed.discountPercent()));
			}
		}
	}

	private void quantities(Invoice invoice, ContractView contract, List<Finding> findings) {
		if (contract.invoicingInAdvance()) {
			return;
		}
		Map<Long, Deliveries.Delivered> delivered = deliveries.byContractLine(contract.id());
		Map<Long, BigDecimal> before = invoiced.byContractLine(contract.id(), invoice.getId());
		Map<Long, BigDecimal> asked = new HashMap<>();
		Map<Long, InvoiceLine> first = new HashMap<>();
		for (InvoiceLine line : invoice.getLines()) {
			if (line.getContractLineId() != null) {
				asked.merge(line.getContractLineId(), line.getQuantity(), BigDecimal::add);
				first.putIfAbsent(line.getContractLineId(), line);
			}
		}
		asked.forEach((contractLine, quantity) -> {
			Deliveries.Delivered done = delivered.getOrDefault(contractLine, Deliveries.Delivered.NOTHING);
			BigDecimal already = before.getOrDefault(contractLine, BigDecimal.ZERO);
			BigDecimal available = done.net().subtract(already);
			if (quantity.compareTo(available) > 0) {
				InvoiceLine line = first.get(contractLine);
				findings.add(new Finding(FindingCode.QUANTITY_EXCEEDS_DELIVERED, line.getId(), "billing.finding.quantity",
						line.getPosition(), quantity, available.max(BigDecimal.ZERO), done.delivered(), done.returned(),
						already));
			}
		});
	}

	private static void billingData(Invoice invoice, Context context, List<Finding> findings) {
		CustomerView customer = context.customer();
		if (invoice.getType().namesRecipient()) {
			if (customer.taxId() == null || customer.taxId().isBlank()) {
				findings.add(new Finding(FindingCode.MISSING_BILLING_DATA, null, "billing.finding.recipientTaxId",
						customer.legalName()));
			}
			if (!Addresses.complete(customer.address())) {
				findings.add(new Finding(FindingCode.MISSING_BILLING_DATA, null, "billing.finding.recipientAddress",
						customer.legalName()));
			}
		}
		if (!context.company().complete()) {
			findings.add(new Finding(FindingCode.MISSING_BILLING_DATA, null, "billing.finding.issuer"));
		}
	}

	private void credit(Invoice invoice, Context context, List<Finding> findings) {
		BillingData billing = context.customer().billing();
		if (billing == null || billing.creditLimit() == null || invoice.getGrossTotal().signum() <= 0) {
			return;
		}
		BigDecimal open = invoiced.openAmount(invoice.getCustomerId(), context.day());
		if (invoice.getStatus() == InvoiceStatus.ISSUED) {
			open = open.subtract(invoice.getGrossTotal());
		}
		BigDecimal withThis = open.add(invoice.getGrossTotal());
		if (withThis.compareTo(billing.creditLimit()) > 0) {
			findings.add(new Finding(FindingCode.CREDIT_LIMIT_EXCEEDED, null, "billing.finding.credit",
					billing.creditLimit(), open, withThis, invoice.getCurrency()));
		}
	}

	/** The same contract, the same lines and amount, within seven days: an invoice probably made twice. */
	private void duplicates(Invoice invoice, LocalDate day, List<Finding> findings) {
		List<List<Object>> lines = signature(invoice);
		invoices.findByContractIdAndGrossTotalAndStatusNot(invoice.getContractId(), invoice.getGrossTotal(),
				InvoiceStatus.CANCELLED).stream()
			.filter(other -> !other.getId().equals(invoice.getId()))
			.filter(other -> Math.abs(day.toEpochDay() - dayOf(other).toEpochDay()) <= DUPLICATE_DAYS)
			.filter(other -> signature(other).equals(lines))
			.findFirst()
			.ifPresent(other -> findings.add(new Finding(FindingCode.DUPLICATE_SUSPECTED, null,
					other.getInvoiceNumber() == null ? "billing.finding.duplicateDraft" : "billing.finding.duplicate",
					other.getInvoiceNumber() == null ? other.getId() : other.getInvoiceNumber(), dayOf(other))));
	}

	private LocalDate dayOf(Invoice invoice) {
		return invoice.getIssueDate() != null ? invoice.getIssueDate() : clock.dayOf(invoice.getCreatedAt());
	}

	private static List<List<Object>> signature(Invoice invoice) {
		return invoice.getLines().stream()
			.map(line -> List.<Object>of(Objects.requireNonNullElse(line.getContractLineId(), -1L), line.getDescription(),
					line.getQuantity().stripTrailingZeros(), line.getUnitPrice().stripTrailingZeros(),
					line.getDiscountPercent().stripTrailingZeros()))
			.sorted(Comparator.comparing(Object::toString))
			.toList();
	}

	private static Map<Long, ContractLineView> byId(ContractView contract) {
		return contract.lines().stream().collect(Collectors.toMap(ContractLineView::id, Function.identity()));
	}
}
