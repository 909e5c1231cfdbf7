package org.trastienda.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.trastienda.approvals.ApprovalStatus;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;
import org.trastienda.catalog.ProductView;
import org.trastienda.contracts.AmendmentData;
import org.trastienda.contracts.AmendmentView;
import org.trastienda.contracts.ContractData;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractLineData;
import org.trastienda.contracts.ContractLineView;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.customers.CustomerView;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneView;

/**
 * Signs the demo company's contracts of the last two years through the real path: the owner
 * drafts and submits a sale (the back office a purchase), a person of the right role approves or
 * rejects it from the approvals engine, the activation gives it its schedule, and the back office
 * marks done most milestones already due, leaving some late (not many: each is alerted daily); the
 * contracts to be completed stay active until their goods have gone out ({@link #complete}). The
 * outcome of each contract is drawn from one seeded random, so the same seed and day give the same
 * contracts.
 */
@Component
class DemoContracts {

	/** What becomes of a drawn contract. */
	private enum Fate {
		DRAFT, PENDING, REJECTED, CANCELLED, ACTIVE, COMPLETED
	}

	private static final String ACTIVATION = "CONTRACT_ACTIVATION";

	private static final String AMENDMENT = "CONTRACT_AMENDMENT";

	/** Above this gross amount the sales director approves instead of the regional manager. */
	private static final BigDecimal DIRECTOR_ABOVE = new BigDecimal("50000");

	private static final List<String> TITLES = List.of("Suministro anual", "Pedido marco", "Acuerdo de suministro",
			"Contrato de obra", "Suministro trimestral", "Contrato de mantenimiento", "Pedido de temporada");

	private final Contracts contracts;

	private final Approvals approvals;

	private final ExecutionSchedule schedules;

	private final ActingAs actingAs;

	DemoContracts(Contracts contracts, Approvals approvals, ExecutionSchedule schedules, ActingAs actingAs) {
		this.contracts = contracts;
		this.approvals = approvals;
		this.schedules = schedules;
		this.actingAs = actingAs;
	}

	/**
	 * The signed contracts: how many ended in each fate, those in execution (active) and, among them,
	 * those to complete once their goods have gone out.
	 */
	record Signed(Map<String, Long> fates, List<Long> executing, List<Long> toComplete) {
	}

	/** Signs {@code count} contracts with the parties and products given. */
	Signed seed(int count, List<CustomerView> parties, List<ProductView> products, Map<String, Authentication> staff,
			long seed, LocalDate today) {
		Random random = new Random(seed);
		List<CustomerView> buyers = parties.stream()
			.filter(party -> party.status() != CustomerStatus.ARCHIVED)
			.filter(party -> party.kind() == CustomerKind.CUSTOMER || party.kind() == CustomerKind.DISTRIBUTOR)
			.toList();
		List<CustomerView> suppliers = parties.stream()
			.filter(party -> party.status() != CustomerStatus.ARCHIVED && party.kind() == CustomerKind.SUPPLIER)
			.toList();
		List<ProductView> sellable = products.stream().filter(ProductView::active).toList();
		Signing signing = new Signing(random, staff, today);
		List<Fate> fates = new ArrayList<>();
		List<Long> executing = new ArrayList<>();
		List<Long> toComplete = new ArrayList<>();
		boolean amendmentPending = false;
		for (int i = 0; i < count; i++) {
			boolean purchase = !suppliers.isEmpty() && random.nextInt(8) == 0;
			CustomerView party = purchase ? pick(random, suppliers) : pick(random, buyers);
			Fate fate = fate(random);
			ContractView contract = signing.sign(party, purchase, fate, sellable);
			if (fate == Fate.ACTIVE && random.nextInt(12) == 0) {
				boolean leavePending = !amendmentPending;
				signing.amend(contract, leavePending);
				amendmentPending = true;
			}
			fates.add(fate);
			if (fate == Fate.ACTIVE || fate == Fate.COMPLETED) {
				executing.add(contract.id());
			}
			if (fate == Fate.COMPLETED) {
				toComplete.add(contract.id());
			}
		}
		return new Signed(fates.stream().collect(Collectors.groupingBy(Fate::name, TreeMap::new, Collectors.counting())),
				List.copyOf(executing), List.copyOf(toComplete));
	}

	/** The back office completes the contracts drawn to end so, once their goods have gone out. */
	void complete(Signed signed, Authentication backOffice) {
		actingAs.run(backOffice, () -> signed.toComplete().forEach(contracts::complete));
	}

	private static Fate fate(Random random) {
		int draw = random.nextInt(100);
		return draw < 6 ? Fate.DRAFT : draw < 14 ? Fate.PENDING : draw < 20 ? Fate.REJECTED
				: draw < 25 ? Fate.CANCELLED : draw < 55 ? Fate.COMPLETED : Fate.ACTIVE;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** One run of signings: the random, the people and the day they share. */
	private final class Signing {

		private final Random random;

		private final Map<String, Authentication> staff;

		private final LocalDate today;

		Signing(Random random, Map<String, Authentication> staff, LocalDate today) {
			this.random = random;
			this.staff = staff;
			this.today = today;
		}

		ContractView sign(CustomerView party, boolean purchase, Fate fate, List<ProductView> products) {
			Authentication author = staff.get(purchase ? DemoStaff.BACK_OFFICE : party.ownerUsername());
			int daysAgo = switch (fate) {
				case DRAFT, PENDING, REJECTED -> random.nextInt(45);
				case COMPLETED -> 400 + random.nextInt(320);
				default -> random.nextInt(700);
			};
			LocalDate signedOn = today.minusDays(daysAgo);
			LocalDate startsOn = signedOn.plusDays(random.nextInt(20));
			LocalDate endsOn = startsOn.plusDays(90 + random.nextInt(270));
			ContractData data = new ContractData(purchase ? ContractKind.PURCHASE : ContractKind.SALE, party.id(),
					pick(random, TITLES) + " " + signedOn.getYear(), signedOn, startsOn, endsOn, null, null, null, null,
					null, lines(products));
			ContractView contract = as(author, () -> contracts.create(data));
			if (fate == Fate.DRAFT) {
				return contract;
			}
			if (fate == Fate.CANCELLED && random.nextBoolean()) {
				return as(author, () -> contracts.cancel(contract.id(), "El cliente ha desistido del pedido."));
			}
			as(author, () -> contracts.submit(contract.id()));
			switch (fate) {
				case PENDING -> {
					return contract;
				}
				case REJECTED -> {
					return decide(contract, ACTIVATION, contract.id(), false);
				}
				default -> decide(contract, ACTIVATION, contract.id(), true);
			}
			if (fate == Fate.CANCELLED) {
				return as(staff.get(DemoStaff.BACK_OFFICE),
						() -> contracts.cancel(contract.id(), "Anulado de mutuo acuerdo antes de empezar."));
			}
			execute(contract.id(), fate == Fate.COMPLETED);
			return contract;
		}

		/** Raises the first line's quantity by a tenth; approved unless it is to stay pending. */
		void amend(ContractView contract, boolean leavePending) {
			List<ContractLineData> lines = new ArrayList<>();
			for (ContractLineView line : contract.lines()) {
				BigDecimal quantity = lines.isEmpty() ? line.quantity().multiply(new BigDecimal("1.1")).setScale(0,
						RoundingMode.CEILING) : line.quantity();
				lines.add(new ContractLineData(line.id(), line.productId(), line.description(), quantity, line.unit(),
						line.unitPrice(), line.discountPercent(), line.vatRate()));
			}
			Authentication author = staff.get(contract.kind() == ContractKind.PURCHASE ? DemoStaff.BACK_OFFICE
					: contract.ownerUsername());
			AmendmentView amendment = as(author, () -> contracts.requestAmendment(contract.id(),
					new AmendmentData("Ampliación del pedido a petición del cliente.", null, null, null, lines)));
			if (!leavePending) {
				decide(contract, AMENDMENT, amendment.id(), true);
			}
		}

		/**
		 * The region's manager decides up to the director's threshold, the director above it, and
		 * the manager again when the rule wants a second approver.
		 */
		private ContractView decide(ContractView contract, String subjectType, Long subjectId, boolean approve) {
			ApprovalView request = approvals.openRequestFor(subjectType, subjectId).orElseThrow();
			Authentication manager = staff.get("gerente." + contract.regionCode().toLowerCase(Locale.ROOT));
			Authentication first = request.amount().compareTo(DIRECTOR_ABOVE) > 0 ? staff.get("director") : manager;
			if (!approve) {
				as(first, () -> approvals.reject(request.id(), "Revisad los precios y el plazo de pago, por favor."));
				return contract;
			}
			ApprovalView decided = as(first, () -> approvals.approve(request.id(), null));
			if (decided.status() == ApprovalStatus.PENDING) {
				as(manager, () -> approvals.approve(request.id(), "Conforme."));
			}
			return contract;
		}

		/** Marks done the milestones already due, each a few days off plan; leaves about one in six late. */
		private void execute(Long contractId, boolean everything) {
			as(staff.get(DemoStaff.BACK_OFFICE), () -> {
				for (MilestoneView milestone : schedules.schedule(contractId).milestones()) {
					boolean due = milestone.plannedDate().isBefore(today);
					if (everything || (due && random.nextInt(6) != 0)) {
						LocalDate actual = milestone.plannedDate().plusDays(random.nextInt(9) - 3);
						schedules.markDone(contractId, milestone.id(), actual.isAfter(today) ? today : actual, null);
					}
					else if (!due) {
						break;
					}
				}
				return null;
			});
		}

		private List<ContractLineData> lines(List<ProductView> products) {
			List<ContractLineData> lines = new ArrayList<>();
			int count = 1 + random.nextInt(4);
			// Most contracts stay within the regional manager's limit; one in twenty-five goes far above it.
			int scale = random.nextInt(25) == 0 ? 40 : 1;
			for (int i = 0; i < count; i++) {
				ProductView product = pick(random, products);
				BigDecimal discount = BigDecimal.valueOf(pick(random, List.of(0, 0, 0, 3, 5, 10)));
				BigDecimal net = BigDecimal.valueOf((500L + random.nextInt(12_000)) * scale);
				BigDecimal quantity = net.divide(product.listPrice().max(BigDecimal.ONE), 0, RoundingMode.HALF_UP)
					.max(BigDecimal.ONE);
				lines.add(new ContractLineData(null, product.id(), product.name(), quantity, product.unit().code(),
						product.listPrice(), discount, product.vatRate()));
			}
			return lines;
		}

		private <T> T as(Authentication user, Supplier<T> work) {
			return actingAs.call(user, work);
		}
	}
}
