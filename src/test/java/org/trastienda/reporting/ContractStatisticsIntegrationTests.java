package org.trastienda.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.catalog.ProductView;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.execution.MilestoneType;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.reporting.StatisticsFixtures.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The figures against the hand-computed year of {@link StatisticsFixtures#scenario()}. */
@IntegrationTest
class ContractStatisticsIntegrationTests {

	static final Period Q2 = Period.parse("2025-Q2");

	static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	ContractStatistics statistics;

	@Autowired
	StatisticsFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	Scenario scenario;

	@BeforeEach
	void scenario() {
		scenario = fixtures.scenario();
	}

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void countsContractsSignedInThePeriodPerOwnerWithTheirNetAmountAndLateMilestones() {
		ContractStatisticsView view = asManager(Q2, Grouping.OWNER);

		assertThat(view.rows()).extracting(StatisticsRow::key, StatisticsRow::label, row -> row.figures().signedCount(),
				row -> row.figures().signedNet(), row -> row.figures().milestonesLate())
			.containsExactly(tuple(scenario.repA().username(), scenario.repA().fullName(), 2L, new BigDecimal("1337.06"), 5L),
					tuple(scenario.repB().username(), scenario.repB().fullName(), 1L, new BigDecimal("500.00"), 0L));
		assertThat(view.rows().get(0).previous()).isEqualTo(ContractFigures.NONE);
		assertThat(view.rows().get(1).previous().signedNet()).isEqualByComparingTo("300.00");
		assertThat(view.totals()).isEqualTo(new ContractFigures(3, new BigDecimal("1837.06"), new BigDecimal("0.00"),
				new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.0"), 5));
		assertThat(view.previousTotals()).isEqualTo(new ContractFigures(1, new BigDecimal("300.00"),
				new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.0"), 0));
		assertThat(view.asOf()).isEqualTo("2025-06-30");
		assertThat(view.previousPeriod()).isEqualTo(Period.parse("2025-Q1"));
		assertThat(view.previousAsOf()).isEqualTo("2025-03-31");
		assertThat(view.currency()).isEqualTo("EUR");
		assertThat(view.scope()).isEqualTo(DataScope.Kind.REGION);
		assertThat(view.scopeName()).isEqualTo(scenario.team().region().name());
	}

	@Test
	void countsOnlyApprovedSalesInTheReportCurrency() {
		ContractStatisticsView may = asManager(Period.parse("2025-05"), Grouping.OWNER);

		assertThat(may.totals().signedCount()).as("drafts, pending, USD, purchase and cancelled left out").isEqualTo(1);
		assertThat(may.totals().signedNet()).isEqualByComparingTo("500.00");
		assertThat(may.rows()).extracting(StatisticsRow::key, row -> row.figures().signedCount())
			.as("rep A only with a milestone late on 31 May")
			.containsExactly(tuple(scenario.repB().username(), 1L), tuple(scenario.repA().username(), 0L));
	}

	@Test
	void groupsByRegionPartyAndProductCategory() {
		ContractStatisticsView byRegion = statistics.report(DataScope.all(), Q2, Grouping.REGION, SPANISH);
		assertThat(byRegion.rows()).filteredOn(row -> scenario.team().region().code().equals(row.key()))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.label()).isEqualTo(scenario.team().region().name());
				assertThat(row.figures().signedCount()).isEqualTo(3);
				assertThat(row.figures().signedNet()).isEqualByComparingTo("1837.06");
				assertThat(row.figures().milestonesLate()).isEqualTo(5);
				assertThat(row.previous().signedNet()).isEqualByComparingTo("300.00");
			});

		ContractStatisticsView byParty = statistics.report(regionScope(), Q2, Grouping.PARTY, SPANISH);
		assertThat(byParty.rows()).extracting(StatisticsRow::key, StatisticsRow::label,
				row -> row.figures().signedCount(), row -> row.figures().signedNet(), row -> row.figures().milestonesLate())
			.containsExactly(
					tuple(scenario.party1().id().toString(), scenario.party1().legalName(), 2L, new BigDecimal("1337.06"), 5L),
					tuple(scenario.party2().id().toString(), scenario.party2().legalName(), 1L, new BigDecimal("500.00"), 0L));

		ContractStatisticsView byCategory = statistics.report(regionScope(), Q2, Grouping.CATEGORY, SPANISH);
		assertThat(byCategory.rows()).extracting(StatisticsRow::key, StatisticsRow::label,
				row -> row.figures().signedCount(), row -> row.figures().signedNet(), row -> row.figures().milestonesLate())
			.as("lines in their product's category, whole-contract figures in each category of the contract")
			.containsExactly(tuple("Andamios", "Andamios", 2L, new BigDecimal("1324.56"), 5L),
					tuple("Tornillería", "Tornillería", 1L, new BigDecimal("500.00"), 0L),
					tuple(null, "Sin categoría", 1L, new BigDecimal("12.50"), 5L));
		assertThat(byCategory.totals()).isEqualTo(byParty.totals());
	}

	@Test
	void groupsByTheProductCategoryOfEachLine() {
		ContractFixtures.Team team = fixtures.team();
		String screws = "Tornillería " + team.region().code();
		String assembly = "Montaje " + team.region().code();
		ProductView screw = fixtures.product(team, screws);
		ProductView service = fixtures.product(team, assembly);
		ContractView first = fixtures.signed(team, team.rep(), fixtures.customer(team.rep()), LocalDate.of(2025, 9, 10),
				LocalDate.of(2025, 9, 12), LocalDate.of(2025, 9, 25), StatisticsFixtures.line(screw, "10", "5", "0"),
				StatisticsFixtures.line(service, "2", "100", "0"), StatisticsFixtures.line("1", "30", "0"));
		ContractView second = fixtures.signed(team, team.rep(), fixtures.customer(team.rep()), LocalDate.of(2025, 9, 20),
				StatisticsFixtures.line(screw, "4", "5", "0"));
		DataScope region = DataScope.region(team.region().id());
		Period september = Period.parse("2025-09");

		ContractStatisticsView view = statistics.report(region, september, Grouping.CATEGORY, SPANISH);

		assertThat(view.rows()).extracting(StatisticsRow::key, StatisticsRow::label, row -> row.figures().signedCount(),
				row -> row.figures().signedNet(), row -> row.figures().milestonesLate())
			.as("the first contract's four milestones due by 30 Sep count in each of its categories")
			.containsExactly(tuple(assembly, assembly, 1L, new BigDecimal("200.00"), 4L),
					tuple(screws, screws, 2L, new BigDecimal("70.00"), 4L),
					tuple(null, "Sin categoría", 1L, new BigDecimal("30.00"), 4L));
		assertThat(view.totals()).isEqualTo(ContractFigures.of(2, new BigDecimal("300.00"), BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, 4));
		assertThat(fixtures.as(team.manager(), () -> statistics.contracts(september, Grouping.CATEGORY, screws, Measure.SIGNED)))
			.extracting(ContractBehindFigure::number, ContractBehindFigure::amount)
			.containsExactly(tuple(second.number(), new BigDecimal("20.00")), tuple(first.number(), new BigDecimal("50.00")));
	}

	@Test
	void lateMilestonesAreThoseOpenOnTheAsOfDay() {
		assertThat(asManager(Period.parse("2025-04"), Grouping.OWNER).totals().milestonesLate())
			.as("on 30 Apr only the production order was due, and it was done").isZero();
		ContractStatisticsView june = asManager(Period.parse("2025-06"), Grouping.OWNER);
		assertThat(june.totals().milestonesLate()).as("shipment done only in July still counts on 30 Jun").isEqualTo(5);
		assertThat(june.totals().signedCount()).isEqualTo(1);

		ContractStatisticsView q3 = asManager(Period.parse("2025-Q3"), Grouping.OWNER);
		assertThat(q3.rows()).extracting(StatisticsRow::key, row -> row.figures().signedCount(),
				row -> row.figures().milestonesLate(), row -> row.previous().signedCount())
			.as("shipment done by 30 Sep, payment due 11 Aug is late; rep B listed for the previous quarter")
			.containsExactly(tuple(scenario.repA().username(), 1L, 5L, 2L), tuple(scenario.repB().username(), 0L, 0L, 1L));
	}

	@Test
	void milestonesOfACompletedContractCountUntilItWasCompleted() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.signed(team, team.rep(), fixtures.customer(team.rep()), LocalDate.of(2025, 2, 10),
				LocalDate.of(2025, 2, 15), LocalDate.of(2025, 3, 20), StatisticsFixtures.line("1", "100", "0"));
		DataScope region = DataScope.region(team.region().id());
		Period q1 = Period.parse("2025-Q1");
		Period untilToday = Period.year(statistics.today().getYear());
		assertThat(statistics.report(region, q1, Grouping.OWNER, SPANISH).totals().milestonesLate())
			.as("all but payment due by 31 Mar").isEqualTo(6);
		assertThat(statistics.report(region, untilToday, Grouping.OWNER, SPANISH).totals().milestonesLate()).isEqualTo(7);

		fixtures.complete(team, contract);

		assertThat(statistics.report(region, q1, Grouping.OWNER, SPANISH).totals().milestonesLate())
			.as("it was still active on 31 Mar").isEqualTo(6);
		assertThat(statistics.report(region, untilToday, Grouping.OWNER, SPANISH).totals().milestonesLate())
			.as("completed today").isZero();
		assertThat(statistics.report(region, q1, Grouping.OWNER, SPANISH).totals().signedCount()).isEqualTo(1);
	}

	@Test
	void aSalesRepSeesOnlyTheirOwnContracts() {
		ContractStatisticsView repA = fixtures.as(scenario.repA(), () -> statistics.report(Q2, Grouping.OWNER));
		assertThat(repA.scope()).isEqualTo(DataScope.Kind.OWNER);
		assertThat(repA.rows()).extracting(StatisticsRow::key).containsExactly(scenario.repA().username());
		assertThat(repA.totals().signedCount()).isEqualTo(2);
		assertThat(repA.totals().signedNet()).isEqualByComparingTo("1337.06");
		assertThat(repA.previousTotals().signedCount()).isZero();

		ContractStatisticsView repB = fixtures.as(scenario.repB(), () -> statistics.report(Q2, Grouping.REGION));
		assertThat(repB.rows()).extracting(StatisticsRow::key, row -> row.figures().signedCount())
			.containsExactly(tuple(scenario.team().region().code(), 1L));
		assertThat(repB.totals().signedNet()).isEqualByComparingTo("500.00");
	}

	@Test
	void aRegionalManagerSeesOnlyTheirRegion() {
		RegionView elsewhere = accounts.region("S");
		UserSummary otherManager = accounts.user("manager", elsewhere, Role.REGIONAL_MANAGER);

		ContractStatisticsView view = fixtures.as(otherManager, () -> statistics.report(Q2, Grouping.REGION));

		assertThat(view.rows()).isEmpty();
		assertThat(view.totals()).isEqualTo(ContractFigures.NONE);
		assertThat(view.scopeName()).isEqualTo(elsewhere.name());
	}

	@Test
	void listsTheContractsBehindAFigure() {
		String repA = scenario.repA().username();
		var signed = fixtures.as(scenario.team().manager(),
				() -> statistics.contracts(Q2, Grouping.OWNER, repA, Measure.SIGNED));
		assertThat(signed).extracting(ContractBehindFigure::number, ContractBehindFigure::amount,
				ContractBehindFigure::contractCount)
			.containsExactly(tuple(scenario.a2().number(), new BigDecimal("1234.56"), 2L),
					tuple(scenario.a1().number(), new BigDecimal("102.50"), 2L));
		assertThat(signed.get(0).partyName()).isEqualTo(scenario.party1().legalName());
		assertThat(signed.get(0).ownerName()).isEqualTo(scenario.repA().fullName());
		assertThat(signed.get(0).regionName()).isEqualTo(scenario.team().region().name());
		assertThat(signed.get(0).signedOn()).isEqualTo("2025-06-30");

		assertThat(fixtures.as(scenario.team().manager(), () -> statistics.contracts(Q2, Grouping.OWNER, repA, Measure.LATE)))
			.extracting(ContractBehindFigure::number, figure -> figure.amount().intValue())
			.containsExactly(tuple(scenario.a1().number(), 5));
		assertThat(fixtures.as(scenario.team().manager(), () -> statistics.contracts(Q2, Grouping.OWNER, null, Measure.SIGNED)))
			.as("the totals' figure").hasSize(3);
		assertThat(fixtures.as(scenario.team().manager(), () -> statistics.contracts(Q2, Grouping.CATEGORY, "", Measure.SIGNED)))
			.as("the uncategorised group: A1's free-text line").extracting(ContractBehindFigure::number)
			.containsExactly(scenario.a1().number());
		assertThat(fixtures.as(scenario.team().manager(), () -> statistics.contracts(Q2, Grouping.OWNER, repA, Measure.EXECUTED)))
			.isEmpty();
		assertThat(fixtures.as(scenario.repB(), () -> statistics.contracts(Q2, Grouping.OWNER, repA, Measure.SIGNED)))
			.as("outside rep B's scope").isEmpty();
	}

	@Test
	void namesPeriodsInTheReadersLanguage() {
		Locale english = Locale.ENGLISH;
		assertThat(statistics.label(Period.parse("2026-10"), SPANISH)).isEqualTo("Octubre 2026");
		assertThat(statistics.label(Period.parse("2026-10"), english)).isEqualTo("October 2026");
		assertThat(statistics.label(Period.parse("2026-Q3"), SPANISH)).isEqualTo("T3 2026");
		assertThat(statistics.label(Period.parse("2026-Q3"), english)).isEqualTo("Q3 2026");
		assertThat(statistics.label(Period.parse("2026"), SPANISH)).isEqualTo("2026");
		assertThat(statistics.label(Period.parse("2026-01-01..2026-03-31"), SPANISH)).isEqualTo("1 ene 2026 – 31 mar 2026");
		assertThat(statistics.label(Period.parse("2026-01-01..2026-03-31"), english)).isEqualTo("Jan 1, 2026 – Mar 31, 2026");
	}

	private ContractStatisticsView asManager(Period period, Grouping grouping) {
		return fixtures.as(scenario.team().manager(), () -> statistics.report(period, grouping));
	}

	private DataScope regionScope() {
		return DataScope.region(scenario.team().region().id());
	}
}
