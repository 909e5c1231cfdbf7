package org.trastienda.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;
import org.trastienda.catalog.Catalog;
import org.trastienda.catalog.ProductData;
import org.trastienda.catalog.ProductUnit;
import org.trastienda.catalog.ProductView;
import org.trastienda.catalog.TestSkus;
import org.trastienda.contracts.ContractData;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractLineData;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneType;
import org.trastienda.execution.MilestoneView;
import org.trastienda.identity.UserSummary;

/**
 * Contracts for the statistics, made the way people make them: drafted and submitted by the sales
 * rep through the contract service, approved by the region's manager through the four-eyes engine
 * (which activates them and gives them their schedule), milestones marked done by the back office.
 * Each team has its own region, so figures of the region and of its people are exact.
 * <p>
 * {@link #scenario()} is one region's year 2025, made once per test run and shared by the test
 * classes that only read it. In the second quarter: rep A signs A1 (10 Apr, 102.50: 3 × 33.333 less
 * 10 % is 90.00, plus 1,000 × 0.0125 is 12.50) and A2 (30 Jun, 1,234.56) with party 1, rep B signs
 * B1 (15 May, 500.00) with party 2; A3 (1 Jul, 700.00) falls in the third quarter, B0 (31 Mar,
 * 300.00) in the first. A1's first line and A2 are scaffolding from the catalogue (category
 * "Andamios"), B1 is screws ("Tornillería"), A1's second line is free text. A1 runs from 15 Apr to 20 Jun, so by 30 Jun six milestones are due (all but
 * payment, due 11 Aug): production order done on 15 Apr, shipment done only on 10 Jul, which leaves
 * five late on 30 Jun. Every other contract runs in 2040. In May also: a draft, a contract waiting
 * for approval, an approved sale in USD, an approved purchase and a cancelled sale — none counts.
 */
@Component
public class StatisticsFixtures {

	/** Dates far ahead, for contracts whose milestones must never be late in a test. */
	static final LocalDate FAR_START = LocalDate.of(2040, 1, 1);

	static final LocalDate FAR_END = LocalDate.of(2040, 6, 30);

	private final ContractFixtures contracts;

	private final Contracts service;

	private final Approvals approvals;

	private final ExecutionSchedule schedules;

	private final Catalog catalog;

	StatisticsFixtures(ContractFixtures contracts, Contracts service, Approvals approvals, ExecutionSchedule schedules,
			Catalog catalog) {
		this.contracts = contracts;
		this.service = service;
		this.approvals = approvals;
		this.schedules = schedules;
		this.catalog = catalog;
	}

	/** The shared year; see the class comment. */
	public record Scenario(ContractFixtures.Team team, CustomerView party1, CustomerView party2, ContractView a1,
			ContractView a2, ContractView b1, ContractView a3, ContractView b0) {

		public UserSummary repA() {
			return team.rep();
		}

		public UserSummary repB() {
			return team.otherRep();
		}
	}

	private Scenario scenario;

	public synchronized Scenario scenario() {
		if (scenario == null) {
			scenario = makeScenario();
		}
		return scenario;
	}

	private Scenario makeScenario() {
		ContractFixtures.Team team = team();
		UserSummary a = team.rep();
		UserSummary b = team.otherRep();
		CustomerView party1 = customer(a);
		CustomerView party2 = customer(b);
		ProductView scaffolding = product(team, "Andamios");
		ProductView screws = product(team, "Tornillería");
		ContractView a1 = signed(team, a, party1, LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 15),
				LocalDate.of(2025, 6, 20), line(scaffolding, "3", "33.333", "10"), line("1000", "0.0125", "0"));
		done(team, a1, MilestoneType.PRODUCTION_ORDER, LocalDate.of(2025, 4, 15));
		done(team, a1, MilestoneType.SHIPMENT, LocalDate.of(2025, 7, 10));
		ContractView a2 = signed(team, a, party1, LocalDate.of(2025, 6, 30), line(scaffolding, "2", "617.28", "0"));
		ContractView b1 = signed(team, b, party2, LocalDate.of(2025, 5, 15), line(screws, "1", "500", "0"));
		ContractView a3 = signed(team, a, party1, LocalDate.of(2025, 7, 1), line("1", "700", "0"));
		ContractView b0 = signed(team, b, party2, LocalDate.of(2025, 3, 31), line("1", "300", "0"));
		draft(a, party1, LocalDate.of(2025, 5, 1), line("1", "10000", "0"));
		submit(a, draft(a, party1, LocalDate.of(2025, 5, 2), line("1", "20000", "0")));
		approved(team, a, draft(a, ContractKind.SALE, party1, "USD", LocalDate.of(2025, 5, 3), FAR_START, FAR_END,
				line("1", "999", "0")));
		approved(team, a, draft(a, ContractKind.PURCHASE, supplier(a), "EUR", LocalDate.of(2025, 5, 4), FAR_START,
				FAR_END, line("1", "888", "0")));
		cancel(team, signed(team, a, party1, LocalDate.of(2025, 5, 5), line("1", "777", "0")));
		return new Scenario(team, party1, party2, a1, a2, b1, a3, b0);
	}

	public ContractFixtures.Team team() {
		return contracts.team();
	}

	CustomerView customer(UserSummary rep) {
		return contracts.party(rep, CustomerKind.CUSTOMER);
	}

	CustomerView supplier(UserSummary rep) {
		return contracts.party(rep, CustomerKind.SUPPLIER);
	}

	/** A draft sale of the rep's, signed on the day, running far ahead. */
	ContractView draft(UserSummary rep, CustomerView party, LocalDate signedOn, ContractLineData... lines) {
		return draft(rep, ContractKind.SALE, party, "EUR", signedOn, FAR_START, FAR_END, lines);
	}

	ContractView draft(UserSummary rep, ContractKind kind, CustomerView party, String currency, LocalDate signedOn,
			LocalDate startsOn, LocalDate endsOn, ContractLineData... lines) {
		ContractData data = new ContractData(kind, party.id(), "Estadística " + UUID.randomUUID().toString().substring(0, 8),
				signedOn, startsOn, endsOn, currency, null, null, null, null, List.of(lines));
		return as(rep, () -> service.create(data));
	}

	/** A sale signed on the day, running far ahead, submitted by the rep and approved by the manager. */
	ContractView signed(ContractFixtures.Team team, UserSummary rep, CustomerView party, LocalDate signedOn,
			ContractLineData... lines) {
		return approved(team, rep, draft(rep, party, signedOn, lines));
	}

	ContractView signed(ContractFixtures.Team team, UserSummary rep, CustomerView party, LocalDate signedOn,
			LocalDate startsOn, LocalDate endsOn, ContractLineData... lines) {
		return approved(team, rep, draft(rep, ContractKind.SALE, party, "EUR", signedOn, startsOn, endsOn, lines));
	}

	/** Submits the draft as the rep and approves it as the team's regional manager. */
	ContractView approved(ContractFixtures.Team team, UserSummary rep, ContractView draft) {
		submit(rep, draft);
		ApprovalView request = as(team.manager(),
				() -> approvals.openRequestFor("CONTRACT_ACTIVATION", draft.id()).orElseThrow());
		as(team.manager(), () -> approvals.approve(request.id(), "Conforme"));
		return as(rep, () -> service.get(draft.id()));
	}

	ContractView submit(UserSummary rep, ContractView draft) {
		return as(rep, () -> service.submit(draft.id()));
	}

	/** Marks the contract's first open milestone of the type done on the day, as the back office. */
	MilestoneView done(ContractFixtures.Team team, ContractView contract, MilestoneType type, LocalDate on) {
		MilestoneView milestone = as(team.clerk(), () -> schedules.schedule(contract.id())).milestones()
			.stream()
			.filter(candidate -> candidate.type() == type && !candidate.done())
			.findFirst()
			.orElseThrow();
		return as(team.clerk(), () -> schedules.markDone(contract.id(), milestone.id(), on, milestone.version()));
	}

	ContractView complete(ContractFixtures.Team team, ContractView contract) {
		return as(team.clerk(), () -> service.complete(contract.id()));
	}

	ContractView cancel(ContractFixtures.Team team, ContractView contract) {
		return as(team.clerk(), () -> service.cancel(contract.id(), "Cliente desiste"));
	}

	/** A product of the catalogue in the category, created by the back office. */
	ProductView product(ContractFixtures.Team team, String category) {
		ProductData data = new ProductData(TestSkus.next(), category + " " + UUID.randomUUID().toString().substring(0, 6),
				null, category, ProductUnit.UNIT, new BigDecimal("1.00"), null, true);
		return as(team.clerk(), () -> catalog.create(data));
	}

	/** A line naming the product. */
	static ContractLineData line(ProductView product, String quantity, String unitPrice, String discount) {
		ContractLineData line = line(quantity, unitPrice, discount);
		return new ContractLineData(null, product.id(), product.name(), line.quantity(), line.unit(), line.unitPrice(),
				line.discountPercent(), line.vatRate());
	}

	static ContractLineData line(String quantity, String unitPrice, String discount) {
		return ContractFixtures.line("Artículo", quantity, unitPrice, discount, "21");
	}

	public <T> T as(UserSummary user, Supplier<T> action) {
		return contracts.as(user, action);
	}

	public void signOut() {
		contracts.signOut();
	}
}
