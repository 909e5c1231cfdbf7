package org.trastienda.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractLineView;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.fulfillment.ShipMode;
import org.trastienda.fulfillment.ShipmentData;
import org.trastienda.fulfillment.ShipmentLineData;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;
import org.trastienda.fulfillment.StatusSource;
import org.trastienda.fulfillment.StatusUpdate;

/**
 * The back office ships the contracts in execution as it would have: each contract's lines go out
 * in parts every one to three weeks from its start (a purchase's goods are received monthly), by
 * road, courier or picked up, and are delivered a few days later, now and then after a failed
 * attempt. Contracts to be completed ship everything; the others what was due by today, their
 * latest shipment still on its way (prepared, shipped, in transit, held up by the carrier) or just
 * delivered. Made in date order, so the delivery notes are numbered as the goods went out.
 */
@Component
class DemoShipments {

	/** A shipment of a sales contract; {@code latest} when it is a running contract's newest, not invoiced yet. */
	record Shipped(ContractView contract, ShipmentView shipment, boolean latest) {
	}

	/** What the latest shipments of running contracts are doing, in turn; at most two are held up. */
	private static final List<ShipmentStatus> LATEST = List.of(ShipmentStatus.DELIVERED, ShipmentStatus.IN_TRANSIT,
			ShipmentStatus.DELIVERED, ShipmentStatus.SHIPPED, ShipmentStatus.EXCEPTION, ShipmentStatus.DELIVERED,
			ShipmentStatus.PREPARED, ShipmentStatus.DELIVERED);

	private static final int MAX_HELD_UP = 2;

	private static final List<String> CARRIERS = List.of("SEUR", "MRW", "Correos Express", "GLS", "DHL Freight",
			"Dachser", "TIPSA", "Transportes Ochoa");

	private static final String FAILED_ATTEMPT = "Destinatario ausente; se concierta una nueva entrega.";

	private static final String HELD_UP = "Retenido en la plataforma del transportista: falta el número de la nave.";

	private final Contracts contracts;

	private final Shipments shipments;

	private final ActingAs actingAs;

	private final TransactionTemplate transactions;

	DemoShipments(Contracts contracts, Shipments shipments, ActingAs actingAs, TransactionTemplate transactions) {
		this.contracts = contracts;
		this.shipments = shipments;
		this.actingAs = actingAs;
		this.transactions = transactions;
	}

	/** One shipment as drawn, before it is made. */
	private record Planned(ContractView contract, LocalDate shippedOn, List<ShipmentLineData> lines, ShipMode mode,
			String carrier, String trackingNumber, List<StatusUpdate> updates, boolean latest) {
	}

	/** Ships the contracts in execution; answers the shipments of sales contracts, oldest first. */
	List<Shipped> seed(DemoContracts.Signed signed, Authentication backOffice, long seed, LocalDate today) {
		Random random = new Random(seed);
		Set<Long> finishing = new HashSet<>(signed.toComplete());
		return actingAs.call(backOffice, () -> {
			Drawing drawing = new Drawing(random, today);
			List<Planned> planned = new ArrayList<>();
			for (Long id : signed.executing()) {
				planned.addAll(drawing.plan(contracts.get(id), finishing.contains(id)));
			}
			planned.sort(Comparator.comparing(Planned::shippedOn));
			List<Shipped> shipped = new ArrayList<>();
			for (Planned one : planned) {
				ShipmentView made = transactions.execute(status -> make(one));
				if (one.contract().kind() == ContractKind.SALE) {
					shipped.add(new Shipped(one.contract(), made, one.latest()));
				}
			}
			return shipped;
		});
	}

	private ShipmentView make(Planned planned) {
		ShipmentView shipment = shipments.create(new ShipmentData(planned.contract().id(), planned.shippedOn(),
				planned.carrier(), planned.trackingNumber(), planned.mode(), null, planned.lines()), StatusSource.UI);
		for (StatusUpdate update : planned.updates()) {
			shipment = shipments.updateStatus(shipment.id(), null, update, StatusSource.UI);
		}
		return shipment;
	}

	/** One run of drawings: the random, the day, and how the running contracts' latest shipments take turns. */
	private static final class Drawing {

		private final Random random;

		private final LocalDate today;

		private int latestDrawn;

		private int heldUp;

		Drawing(Random random, LocalDate today) {
			this.random = random;
			this.today = today;
		}

		/**
		 * The contract's quantities split evenly over its shipments, spread over its term; a
		 * running contract gets those due by today, the latest moved up to these days.
		 */
		List<Planned> plan(ContractView contract, boolean finishing) {
			if (contract.startsOn().isAfter(today)) {
				return List.of();
			}
			boolean purchase = contract.kind() == ContractKind.PURCHASE;
			int interval = purchase ? 30 : 6 + random.nextInt(14);
			long term = Math.max(1, ChronoUnit.DAYS.between(contract.startsOn(), contract.endsOn()));
			int count = (int) Math.max(1, term / interval);
			List<LocalDate> dates = new ArrayList<>();
			List<List<ShipmentLineData>> parts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				LocalDate day = contract.startsOn().plusDays(term * i / count + random.nextInt(3));
				List<ShipmentLineData> lines = part(contract, i, count);
				if (!lines.isEmpty() && (finishing || !day.isAfter(today))) {
					dates.add(DemoDays.earliest(day, today));
					parts.add(lines);
				}
			}
			List<Planned> planned = new ArrayList<>();
			for (int i = 0; i < dates.size(); i++) {
				boolean latest = !finishing && i == dates.size() - 1;
				planned.add(latest ? latest(contract, dates.get(i), parts.get(i)) : delivered(contract, dates.get(i),
						parts.get(i)));
			}
			return planned;
		}

		/** Part {@code index} of {@code count} of every line: whole units, the last parts taking what is left. */
		private static List<ShipmentLineData> part(ContractView contract, int index, int count) {
			List<ShipmentLineData> lines = new ArrayList<>();
			for (ContractLineView line : contract.lines()) {
				BigDecimal before = line.quantity().multiply(BigDecimal.valueOf(index))
					.divide(BigDecimal.valueOf(count), 0, RoundingMode.FLOOR);
				BigDecimal upTo = line.quantity().multiply(BigDecimal.valueOf(index + 1L))
					.divide(BigDecimal.valueOf(count), 0, RoundingMode.FLOOR);
				if (index == count - 1) {
					upTo = line.quantity();
				}
				BigDecimal quantity = upTo.subtract(before);
				if (quantity.signum() > 0) {
					lines.add(new ShipmentLineData(line.id(), quantity));
				}
			}
			return lines;
		}

		/** Goes out on the day and arrives a few days later (by today at the latest), once in a while at a second attempt. */
		private Planned delivered(ContractView contract, LocalDate shippedOn, List<ShipmentLineData> lines) {
			ShipMode mode = mode();
			LocalDate deliveredOn = DemoDays.earliest(shippedOn.plusDays(transitDays(mode)), today);
			List<StatusUpdate> updates = new ArrayList<>();
			updates.add(new StatusUpdate(ShipmentStatus.SHIPPED, shippedOn, null));
			if (deliveredOn.isAfter(shippedOn.plusDays(1)) && random.nextInt(5) == 0) {
				updates.add(new StatusUpdate(ShipmentStatus.IN_TRANSIT, shippedOn.plusDays(1), null));
			}
			if (mode != ShipMode.PICKUP && random.nextInt(40) == 0) {
				updates.add(new StatusUpdate(ShipmentStatus.EXCEPTION, deliveredOn, FAILED_ATTEMPT));
			}
			updates.add(new StatusUpdate(ShipmentStatus.DELIVERED, deliveredOn, null));
			return planned(contract, shippedOn, lines, mode, updates, false);
		}

		/** The newest shipment of a running contract: where it is comes from {@link #LATEST} in turn. */
		private Planned latest(ContractView contract, LocalDate planned, List<ShipmentLineData> lines) {
			ShipmentStatus status = LATEST.get(latestDrawn++ % LATEST.size());
			if (status == ShipmentStatus.EXCEPTION && heldUp++ >= MAX_HELD_UP) {
				status = ShipmentStatus.DELIVERED;
			}
			if (status == ShipmentStatus.PREPARED) {
				return planned(contract, today.plusDays(1 + random.nextInt(3)), lines, ShipMode.ROAD, List.of(), true);
			}
			LocalDate shippedOn = DemoDays.latest(planned, today.minusDays(random.nextInt(5)));
			LocalDate nextDay = DemoDays.earliest(shippedOn.plusDays(1), today);
			List<StatusUpdate> updates = new ArrayList<>();
			updates.add(new StatusUpdate(ShipmentStatus.SHIPPED, shippedOn, null));
			switch (status) {
				case IN_TRANSIT -> updates.add(new StatusUpdate(ShipmentStatus.IN_TRANSIT, nextDay, null));
				case EXCEPTION -> updates.add(new StatusUpdate(ShipmentStatus.EXCEPTION, nextDay, HELD_UP));
				case DELIVERED -> updates.add(new StatusUpdate(ShipmentStatus.DELIVERED, nextDay, null));
				default -> {
					// shipped: left today or in the last days, no news yet
				}
			}
			return planned(contract, shippedOn, lines, ShipMode.ROAD, updates, true);
		}

		private Planned planned(ContractView contract, LocalDate shippedOn, List<ShipmentLineData> lines, ShipMode mode,
				List<StatusUpdate> updates, boolean latest) {
			String carrier = mode == ShipMode.PICKUP ? null : CARRIERS.get(random.nextInt(CARRIERS.size()));
			String tracking = carrier == null ? null
					: carrier.substring(0, 2).toUpperCase(Locale.ROOT) + (100_000_000 + random.nextInt(900_000_000));
			return new Planned(contract, shippedOn, lines, mode, carrier, tracking, List.copyOf(updates), latest);
		}

		private ShipMode mode() {
			int draw = random.nextInt(10);
			return draw < 7 ? ShipMode.ROAD : draw < 9 ? ShipMode.COURIER : ShipMode.PICKUP;
		}

		private int transitDays(ShipMode mode) {
			return switch (mode) {
				case PICKUP -> 0;
				case COURIER -> 1;
				default -> 1 + random.nextInt(3);
			};
		}
	}
}
