package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.BusinessRuleException;

/**
 * Rectifying drafts: from an issued invoice, in a rectifying series, referencing it, taking back all
 * of it or part (each line at most what earlier rectifications left). Its lines repeat the original's
 * with the quantity negated, at the original's prices and tax treatment; it is then issued like any
 * draft. Returns received propose them through {@link #propose}.
 */
@Component
class Rectifications {

	private final ScopedInvoices scoped;

	private final InvoiceRepository invoices;

	private final InvoiceSeriesRepository series;

	private final InvoicedQuantities invoiced;

	private final Drafts drafts;

	private final InvoiceEditor editor;

	private final InvoiceAudit audit;

	private final BillingClock clock;

	Rectifications(ScopedInvoices scoped, InvoiceRepository invoices, InvoiceSeriesRepository series,
			InvoicedQuantities invoiced, Drafts drafts, InvoiceEditor editor, InvoiceAudit audit, BillingClock clock) {
		this.scoped = scoped;
		this.invoices = invoices;
		this.series = series;
		this.invoiced = invoiced;
		this.drafts = drafts;
		this.editor = editor;
		this.audit = audit;
		this.clock = clock;
	}

	Invoice rectify(CurrentUser user, Long originalId, RectificationData data) {
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		Invoice original = scoped.requireLocked(user.scope(), originalId);
		requireRectifiable(original);
		String reason = Checks.clean(data.reason());
		Checks checks = new Checks().text("reason", reason, 500, true);
		InvoiceType type = data.type() != null ? data.type()
				: original.getType() == InvoiceType.F2 ? InvoiceType.R5 : InvoiceType.R1;
		if (!type.isRectifying()) {
			checks.reject("type", "billing.error.rectifyingType");
		}
		InvoiceSeries chosen = editor.series(checks, data.series(), type.isRectifying() ? type : InvoiceType.R1);
		Map<Long, BigDecimal> left = remaining(original);
		Map<Long, BigDecimal> taken = new LinkedHashMap<>();
		if (data.lines() == null || data.lines().isEmpty()) {
			left.forEach((line, quantity) -> {
				if (quantity.signum() > 0) {
					taken.put(line, quantity);
				}
			});
		}
		else {
			for (int index = 0; index < data.lines().size(); index++) {
				takeLine(checks, "lines[" + index + "].", data.lines().get(index), left, taken);
			}
		}
		checks.throwIfAny();
		if (taken.isEmpty()) {
			throw new BusinessRuleException("billing.rectify.nothingLeft", original.getInvoiceNumber());
		}
		return create(original, type, chosen, reason, taken, user.username(), null);
	}

	/**
	 * A rectifying draft of the original for the returned quantities per original line, proposed for the
	 * back office to check and issue, linked to the return (at most one per return and original).
	 */
	Invoice propose(Invoice original, Map<Long, BigDecimal> quantities, String reason, Long returnId) {
		InvoiceType type = original.getType() == InvoiceType.F2 ? InvoiceType.R5 : InvoiceType.R1;
		InvoiceSeries chosen = series.findByDefaultFor(SeriesKind.RECTIFYING).orElseThrow();
		return create(original, type, chosen, reason, quantities, "system", returnId);
	}

	/** Per line of the original, what no rectification (issued or drafted) has taken back yet. */
	Map<Long, BigDecimal> remaining(Invoice original) {
		Map<Long, BigDecimal> taken = invoiced.rectifiedByOriginalLine(original.getId(), null, true);
		Map<Long, BigDecimal> left = new LinkedHashMap<>();
		for (InvoiceLine line : original.getLines()) {
			left.put(line.getId(), line.getQuantity().subtract(taken.getOrDefault(line.getId(), BigDecimal.ZERO)));
		}
		return left;
	}

	static void requireRectifiable(Invoice original) {
		if (original.getStatus() != InvoiceStatus.ISSUED || original.getType().isRectifying()) {
			throw new BusinessRuleException("billing.rectify.notRectifiable", InvoiceAudit.label(original));
		}
	}

	private Invoice create(Invoice original, InvoiceType type, InvoiceSeries chosen, String reason,
			Map<Long, BigDecimal> quantities, String actor, Long returnId) {
		Invoice draft = new Invoice(new Invoice.Header(original.getContractId(), original.getContractNumber(),
				original.getCustomerId(), original.getCustomerName(), original.getRegionId(), original.getOwnerId(),
				original.getCurrency()), actor, clock.now());
		LocalDate today = clock.today();
		long days = ChronoUnit.DAYS.between(original.getIssueDate(), original.getDueDate());
		draft.apply(new Invoice.Terms(type, chosen.getId(), null, null, today.plusDays(days), original.getId(), reason,
				null));
		List<InvoiceLine.LineTerms> lines = new ArrayList<>();
		for (InvoiceLine line : original.getLines()) {
			BigDecimal quantity = quantities.get(line.getId());
			if (quantity != null) {
				InvoiceLine.LineTerms terms = line.terms();
				lines.add(new InvoiceLine.LineTerms(terms.contractLineId(), line.getId(), terms.description(),
						terms.unit(), quantity.negate(), terms.unitPrice(), terms.discountPercent(), terms.vatRate(),
						terms.reason()));
			}
		}
		draft.replaceLines(lines);
		drafts.price(draft, original.isRecargoEquivalencia());
		draft.linkToReturn(returnId);
		draft = invoices.saveAndFlush(draft);
		audit.record(draft, "CREATED", actor, new Changes().created("type", type)
			.created("rectifies", original.getInvoiceNumber())
			.created("reason", reason)
			.created("return", returnId)
			.created("grossTotal", draft.getGrossTotal()));
		return draft;
	}

	private static void takeLine(Checks checks, String path, RectificationData.Line line, Map<Long, BigDecimal> left,
			Map<Long, BigDecimal> taken) {
		if (line == null || line.lineId() == null || !left.containsKey(line.lineId())) {
			checks.reject(path + "lineId", "billing.error.originalLine");
			return;
		}
		BigDecimal available = left.get(line.lineId()).subtract(taken.getOrDefault(line.lineId(), BigDecimal.ZERO));
		checks.number(path + "quantity", line.quantity(), BigDecimal.ZERO, available.max(BigDecimal.ZERO), 3, true);
		if (!checks.has(path + "quantity")) {
			taken.merge(line.lineId(), line.quantity(), BigDecimal::add);
		}
	}
}
