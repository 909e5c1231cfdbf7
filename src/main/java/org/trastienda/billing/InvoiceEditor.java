package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractLineView;
import org.trastienda.contracts.ContractView;

/**
 * Checks what a user wrote for a draft and resolves it against the contract: the series (the type's
 * default when none is named), the original of a rectifying invoice, and each line — a contract
 * line's description, price, discount and rate when left out, a free line's own with its reason.
 * Refuses with every field error at once.
 */
@Component
class InvoiceEditor {

	static final int MAX_LINES = 300;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final InvoiceSeriesRepository series;

	private final InvoiceRepository invoices;

	InvoiceEditor(InvoiceSeriesRepository series, InvoiceRepository invoices) {
		this.series = series;
		this.invoices = invoices;
	}

	/** A checked draft: its terms and lines, ready for the entity. */
	record Draft(Invoice.Terms terms, List<InvoiceLine.LineTerms> lines, Invoice original) {
	}

	/**
	 * @param current the draft being changed, or null for a new one
	 * @param paymentDays the days from issue to due date that apply to the contract
	 * @param today the day a draft without an issue date is reckoned from
	 */
	Draft check(InvoiceData data, ContractView contract, Invoice current, int paymentDays, LocalDate today) {
		Checks checks = new Checks();
		InvoiceType type = data.type() != null ? data.type() : current != null ? current.getType() : InvoiceType.F1;
		InvoiceSeries chosen = series(checks, data.series(), type);
		Invoice original = original(checks, data.rectifiesInvoiceId(), contract.id());
		String notes = Checks.clean(data.notes());
		checks.text("notes", notes, 2000, false);
		if (data.lines().size() > MAX_LINES) {
			checks.reject("lines", "billing.error.tooManyLines", MAX_LINES);
		}
		Map<Long, ContractLineView> contracted = contract.lines().stream()
			.collect(Collectors.toMap(ContractLineView::id, Function.identity()));
		List<InvoiceLine.LineTerms> lines = new ArrayList<>();
		for (int index = 0; index < data.lines().size() && index < MAX_LINES; index++) {
			lines.add(line(checks, "lines[" + index + "].", data.lines().get(index), contracted, type, original));
		}
		checks.throwIfAny();
		LocalDate issueDate = data.issueDate();
		LocalDate from = issueDate != null ? issueDate : today;
		String reason = current != null && Objects.equals(current.getRectifiesInvoiceId(), data.rectifiesInvoiceId())
				? current.getRectificationReason() : null;
		return new Draft(new Invoice.Terms(type, chosen.getId(), issueDate, data.operationDate(),
				from.plusDays(paymentDays), original == null ? null : original.getId(), reason, notes), lines, original);
	}

	/** The named series, or the default of the type's kind; rejected on {@code series} when unknown, inactive or of another kind. */
	InvoiceSeries series(Checks checks, String code, InvoiceType type) {
		String wanted = Checks.clean(code);
		InvoiceSeries found = wanted == null ? series.findByDefaultFor(type.seriesKind()).orElse(null)
				: series.findByCode(wanted.toUpperCase(Locale.ROOT)).orElse(null);
		if (found == null || !found.isActive()) {
			checks.reject("series", "billing.error.series");
		}
		else if (found.getKind() != type.seriesKind()) {
			checks.reject("series", "billing.error.seriesKind", Checks.text("billing.seriesKind." + found.getKind()),
					type);
		}
		return found;
	}

	private Invoice original(Checks checks, Long originalId, Long contractId) {
		if (originalId == null) {
			return null;
		}
		Invoice original = invoices.findById(originalId)
			.filter(found -> found.getContractId().equals(contractId) && found.getStatus() == InvoiceStatus.ISSUED
					&& !found.getType().isRectifying())
			.orElse(null);
		if (original == null) {
			checks.reject("rectifiesInvoiceId", "billing.error.original");
		}
		return original;
	}

	private static InvoiceLine.LineTerms line(Checks checks, String path, InvoiceLineData data,
			Map<Long, ContractLineView> contracted, InvoiceType type, Invoice original) {
		ContractLineView agreed = data.contractLineId() == null ? null : contracted.get(data.contractLineId());
		if (data.contractLineId() != null && agreed == null) {
			checks.reject(path + "contractLineId", "billing.error.contractLine");
		}
		boolean free = data.contractLineId() == null;
		String description = firstOf(Checks.clean(data.description()), agreed == null ? null : agreed.description());
		BigDecimal unitPrice = firstOf(data.unitPrice(), agreed == null ? null : agreed.unitPrice());
		BigDecimal discount = firstOf(data.discountPercent(), agreed == null ? BigDecimal.ZERO : agreed.discountPercent());
		BigDecimal vatRate = firstOf(data.vatRate(), agreed == null ? null : agreed.vatRate());
		String reason = Checks.clean(data.reason());
		checks.text(path + "description", description, 500, true)
			.text(path + "reason", reason, 500, free)
			.number(path + "quantity", data.quantity(), type.isRectifying() ? null : BigDecimal.ZERO, null, 3, true)
			.number(path + "unitPrice", unitPrice, BigDecimal.ZERO, null, 4, false)
			.number(path + "discountPercent", discount, BigDecimal.ZERO, HUNDRED, 3, false)
			.number(path + "vatRate", vatRate, BigDecimal.ZERO, HUNDRED, 2, false);
		Long originalLine = original == null || free ? null : original.getLines().stream()
			.filter(line -> data.contractLineId().equals(line.getContractLineId()))
			.map(InvoiceLine::getId)
			.findFirst()
			.orElse(null);
		return new InvoiceLine.LineTerms(data.contractLineId(), originalLine, description,
				agreed == null ? null : agreed.unit(), data.quantity(), unitPrice, discount, vatRate, reason);
	}

	private static <T> T firstOf(T given, T fallback) {
		return given != null ? given : fallback;
	}
}
