package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.trastienda.fulfillment.ReturnReceived;
import org.trastienda.fulfillment.ReturnedLine;

/**
 * When returned goods come back, proposes the rectifying invoice for what of them was invoiced: per
 * contract line, the returned quantity up to what issued invoices (net of rectifications, issued or
 * drafted) invoice beyond what the customer now keeps (delivered less returned). The quantity is taken
 * from the newest invoices first, one rectifying draft per original, left for the back office to
 * check and issue. After the return commits, in its own transaction; idempotent per return (a return
 * already proposed is skipped, and a unique key on return and original backs it).
 */
@Component
class ReturnProposals {

	private final InvoiceRepository invoices;

	private final InvoicedQuantities invoiced;

	private final Deliveries deliveries;

	private final Rectifications rectifications;

	private final MessageSource messages;

	ReturnProposals(InvoiceRepository invoices, InvoicedQuantities invoiced, Deliveries deliveries,
			Rectifications rectifications, MessageSource messages) {
		this.invoices = invoices;
		this.invoiced = invoiced;
		this.deliveries = deliveries;
		this.rectifications = rectifications;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ReturnReceived received) {
		if (invoices.existsBySourceReturnId(received.returnId())) {
			return;
		}
		Map<Long, BigDecimal> toCredit = toCredit(received);
		String reason = messages.getMessage("billing.rectify.returnReason", new Object[] { received.returnId() },
				Locale.forLanguageTag("es"));
		for (Invoice original : invoices.findByContractIdOrderByIdDesc(received.contractId())) {
			if (original.getStatus() != InvoiceStatus.ISSUED || original.getType().isRectifying()) {
				continue;
			}
			Map<Long, BigDecimal> left = rectifications.remaining(original);
			Map<Long, BigDecimal> taken = new LinkedHashMap<>();
			for (InvoiceLine line : original.getLines()) {
				BigDecimal wanted = line.getContractLineId() == null ? null : toCredit.get(line.getContractLineId());
				BigDecimal quantity = wanted == null ? BigDecimal.ZERO : wanted.min(left.get(line.getId()));
				if (quantity.signum() > 0) {
					taken.put(line.getId(), quantity);
					toCredit.put(line.getContractLineId(), wanted.subtract(quantity));
				}
			}
			if (!taken.isEmpty()) {
				rectifications.propose(original, taken, reason, received.returnId());
			}
		}
	}

	private Map<Long, BigDecimal> toCredit(ReturnReceived received) {
		Map<Long, BigDecimal> issued = invoiced.byContractLine(received.contractId(), null);
		Map<Long, BigDecimal> pending = invoiced.pendingRectificationByContractLine(received.contractId());
		Map<Long, Deliveries.Delivered> kept = deliveries.byContractLine(received.contractId());
		Map<Long, BigDecimal> toCredit = new HashMap<>();
		for (ReturnedLine line : received.lines()) {
			BigDecimal excess = issued.getOrDefault(line.contractLineId(), BigDecimal.ZERO)
				.subtract(pending.getOrDefault(line.contractLineId(), BigDecimal.ZERO))
				.subtract(kept.getOrDefault(line.contractLineId(), Deliveries.Delivered.NOTHING).net());
			BigDecimal quantity = line.quantity().min(excess.max(BigDecimal.ZERO));
			if (quantity.signum() > 0) {
				toCredit.merge(line.contractLineId(), quantity, BigDecimal::add);
			}
		}
		return toCredit;
	}
}
