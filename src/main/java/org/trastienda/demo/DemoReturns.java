package org.trastienda.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.billing.InvoiceData;
import org.trastienda.billing.InvoiceFilter;
import org.trastienda.billing.InvoiceLineData;
import org.trastienda.billing.InvoiceStatus;
import org.trastienda.billing.InvoiceSummary;
import org.trastienda.billing.InvoiceView;
import org.trastienda.billing.Invoicing;
import org.trastienda.fulfillment.GoodsCondition;
import org.trastienda.fulfillment.ReturnData;
import org.trastienda.fulfillment.ReturnLineData;
import org.trastienda.fulfillment.ReturnReason;
import org.trastienda.fulfillment.ReturnStatus;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.Returns;
import org.trastienda.fulfillment.ShipmentLineView;

/**
 * Returns of invoiced deliveries, in every state: the back office registers what the customer
 * asks to send back, the contract's rep verifies it (or turns it down), the back office receives
 * the goods and closes the return. Received returns of invoiced goods make billing propose a
 * rectifying invoice; the back office issues those of the closed returns a day or two after the
 * goods came back, and leaves those of the returns just received to review. Returns waiting for
 * the rep or the goods are of the running contracts' latest invoices; the others of contracts
 * already completed, whose invoices cover all they delivered (so their received goods were invoiced).
 */
@Component
class DemoReturns {

	/** The states returns end in, in turn: mostly closed. */
	private static final List<ReturnStatus> STATES = List.of(ReturnStatus.CLOSED, ReturnStatus.REQUESTED,
			ReturnStatus.CLOSED, ReturnStatus.VERIFIED, ReturnStatus.REJECTED, ReturnStatus.CLOSED,
			ReturnStatus.RECEIVED, ReturnStatus.CLOSED);

	/** How long the proposals of rectifying invoices, made after each return commits, may take to appear. */
	private static final Duration PROPOSALS_WAIT = Duration.ofSeconds(30);

	private static final Map<ReturnReason, String> WHY = Map.of(
			ReturnReason.DEFECTIVE, "Varias unidades no funcionan al instalarlas.",
			ReturnReason.DAMAGED_IN_TRANSIT, "Embalaje roto y mercancía golpeada a la llegada.",
			ReturnReason.WRONG_ITEM, "Se sirvió otra referencia de la pedida.",
			ReturnReason.NOT_ORDERED, "El cliente no pidió estas unidades.",
			ReturnReason.CUSTOMER_CHANGED_MIND, "La obra se ha retrasado y no las necesita.",
			ReturnReason.OTHER, "Sobran unidades al cerrar la obra; se acepta la devolución como gesto comercial.");

	private static final Logger log = LoggerFactory.getLogger(DemoReturns.class);

	private final Returns returns;

	private final Invoicing invoicing;

	private final ActingAs actingAs;

	private final TransactionTemplate transactions;

	DemoReturns(Returns returns, Invoicing invoicing, ActingAs actingAs, TransactionTemplate transactions) {
		this.returns = returns;
		this.invoicing = invoicing;
		this.actingAs = actingAs;
		this.transactions = transactions;
	}

	/**
	 * A return as drawn: of the newest invoice of a contract, the state it ends in, which line of
	 * the delivery comes back and what percentage of it, and its days.
	 */
	private record Planned(DemoInvoices.Invoiced invoiced, ReturnStatus state, ReturnReason reason, int line,
			int percent, LocalDate requestedOn, LocalDate receivedOn, LocalDate creditedOn) {
	}

	/** What the returns left: how many in each state, and how many rectifying invoices were issued. */
	record Returned(Map<String, Long> states, int credited) {
	}

	/**
	 * About one return for every four invoiced contracts (at least one per state), each on the
	 * newest invoice of its contract.
	 */
	Returned seed(List<DemoInvoices.Invoiced> invoiced, List<Long> completed, Map<String, Authentication> staff,
			DemoInvoices.Series series, long seed, LocalDate today) {
		Random random = new Random(seed);
		Map<Long, DemoInvoices.Invoiced> newest = new LinkedHashMap<>();
		invoiced.forEach(one -> newest.put(one.shipped().contract().id(), one));
		Set<Long> done = new HashSet<>(completed);
		List<DemoInvoices.Invoiced> settled = newestFirst(newest.values().stream()
			.filter(one -> done.contains(one.shipped().contract().id())));
		List<DemoInvoices.Invoiced> running = newestFirst(newest.values().stream()
			.filter(one -> !done.contains(one.shipped().contract().id())));
		int count = Math.max(STATES.size(), newest.size() / 4);
		List<Planned> planned = new ArrayList<>();
		for (int i = 0; i < count && !(settled.isEmpty() && running.isEmpty()); i++) {
			ReturnStatus state = STATES.get(i % STATES.size());
			boolean waiting = state == ReturnStatus.REQUESTED || state == ReturnStatus.VERIFIED;
			boolean open = waiting || state == ReturnStatus.RECEIVED;
			List<DemoInvoices.Invoiced> from = waiting ? running : settled;
			if (from.isEmpty()) {
				from = waiting ? settled : running;
			}
			planned.add(plan(from.remove(open ? 0 : random.nextInt(from.size())), state, random, today));
		}
		planned.sort(Comparator.comparing(Planned::requestedOn));
		Authentication backOffice = staff.get(DemoStaff.BACK_OFFICE);
		Map<String, Long> states = new TreeMap<>();
		for (Planned one : planned) {
			Authentication rep = staff.getOrDefault(one.invoiced().shipped().contract().ownerUsername(),
					staff.get("director"));
			transactions.executeWithoutResult(status -> take(one, backOffice, rep));
			states.merge(one.state().name(), 1L, Long::sum);
		}
		List<Planned> credited = planned.stream()
			.filter(one -> one.state() == ReturnStatus.CLOSED)
			.sorted(Comparator.comparing(Planned::creditedOn))
			.toList();
		return new Returned(states, actingAs.call(backOffice, () -> credit(credited, series)));
	}

	private static List<DemoInvoices.Invoiced> newestFirst(Stream<DemoInvoices.Invoiced> invoiced) {
		return new ArrayList<>(invoiced
			.sorted(Comparator.comparing((DemoInvoices.Invoiced one) -> one.invoice().issueDate()).reversed())
			.toList());
	}

	/** The days: asked for a few days after the invoice (open ones in the last week), received and credited after. */
	private static Planned plan(DemoInvoices.Invoiced invoiced, ReturnStatus state, Random random, LocalDate today) {
		ReturnReason reason = ReturnReason.values()[random.nextInt(ReturnReason.values().length)];
		int line = random.nextInt(invoiced.shipped().shipment().lines().size());
		int percent = 5 + random.nextInt(20);
		LocalDate issued = invoiced.invoice().issueDate();
		boolean open = state != ReturnStatus.CLOSED && state != ReturnStatus.REJECTED;
		LocalDate requestedOn = open ? DemoDays.latest(issued, today.minusDays(1 + random.nextInt(6)))
				: DemoDays.earliest(issued.plusDays(2 + random.nextInt(10)), today);
		LocalDate receivedOn = DemoDays.earliest(requestedOn.plusDays(3 + random.nextInt(6)), today);
		LocalDate creditedOn = DemoDays.earliest(receivedOn.plusDays(1 + random.nextInt(2)), today);
		return new Planned(invoiced, state, reason, line, percent, requestedOn, receivedOn, creditedOn);
	}

	/** Registered by the back office, verified or rejected by the rep, received and closed by the back office. */
	private void take(Planned planned, Authentication backOffice, Authentication rep) {
		ShipmentLineView line = planned.invoiced().shipped().shipment().lines().get(planned.line());
		BigDecimal quantity = line.quantity()
			.multiply(BigDecimal.valueOf(planned.percent()))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
			.max(BigDecimal.ONE)
			.min(line.quantity());
		ReturnView registered = actingAs.call(backOffice, () -> returns.register(new ReturnData(
				planned.invoiced().shipped().shipment().id(), planned.reason(), WHY.get(planned.reason()),
				planned.requestedOn(), List.of(new ReturnLineData(line.id(), quantity)))));
		Long id = registered.id();
		switch (planned.state()) {
			case REQUESTED -> {
				// waits for the rep
			}
			case REJECTED -> actingAs.run(rep, () -> returns.reject(id, null,
					"Revisado con el cliente: la mercancía llegó conforme y el pedido era correcto."));
			default -> {
				actingAs.run(rep, () -> returns.verify(id, null, "Comprobado con el cliente: motivo y cantidades conformes."));
				if (planned.state() != ReturnStatus.VERIFIED) {
					actingAs.run(backOffice,
							() -> returns.receive(id, null, planned.receivedOn(), condition(planned.reason())));
				}
				if (planned.state() == ReturnStatus.CLOSED) {
					actingAs.run(backOffice, () -> returns.close(id, null));
				}
			}
		}
	}

	private static GoodsCondition condition(ReturnReason reason) {
		return switch (reason) {
			case DEFECTIVE -> GoodsCondition.UNUSABLE;
			case DAMAGED_IN_TRANSIT -> GoodsCondition.DAMAGED;
			default -> GoodsCondition.AS_NEW;
		};
	}

	/**
	 * Issues the rectifying invoices billing proposed for the closed returns, on their days: waits
	 * for each proposal (billing makes it after the return commits) at most {@link #PROPOSALS_WAIT}
	 * in all. Answers how many it issued.
	 */
	private int credit(List<Planned> closed, DemoInvoices.Series series) {
		long deadline = System.nanoTime() + PROPOSALS_WAIT.toNanos();
		int issued = 0;
		for (Planned one : closed) {
			List<InvoiceSummary> proposed = proposals(one.invoiced().shipped().contract().id(), deadline);
			for (InvoiceSummary draft : proposed) {
				transactions.executeWithoutResult(status -> issueOn(draft.id(), one.creditedOn(), series));
				issued++;
			}
		}
		if (issued < closed.size()) {
			log.warn("Only {} of the {} closed demo returns had their rectifying invoice proposed in time", issued,
					closed.size());
		}
		return issued;
	}

	private List<InvoiceSummary> proposals(Long contractId, long deadline) {
		while (true) {
			List<InvoiceSummary> drafts = invoicing
				.list(new InvoiceFilter(InvoiceStatus.DRAFT, null, null, contractId, null, null), PageRequest.of(0, 10))
				.getContent()
				.stream()
				.filter(draft -> draft.type().isRectifying())
				.toList();
			if (!drafts.isEmpty() || System.nanoTime() > deadline) {
				return drafts;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return drafts;
			}
		}
	}

	/** Dates the proposed draft (in the series the demo numbers rectifying invoices in) and issues it. */
	private void issueOn(Long id, LocalDate day, DemoInvoices.Series series) {
		InvoiceView draft = invoicing.get(id);
		List<InvoiceLineData> lines = draft.lines()
			.stream()
			.map(line -> new InvoiceLineData(line.contractLineId(), line.description(), line.quantity(), line.unitPrice(),
					line.discountPercent(), line.vatRate(), line.reason()))
			.toList();
		invoicing.update(id, draft.version(), new InvoiceData(draft.contractId(), draft.type(), series.rectifying(), day,
				null, draft.rectifiesInvoiceId(), null, lines, null));
		invoicing.issue(id);
	}
}
