package org.trastienda.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditTrail;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class ExecutionScheduleIntegrationTests {

	@Autowired
	ExecutionSchedule schedules;

	@Autowired
	ExecutionFixtures fixtures;

	@Autowired
	ScheduleClock clock;

	@Autowired
	RecordedMilestoneEvents events;

	@Autowired
	AuditTrail audit;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void givesAnActivatedSaleTheSalesTemplateWithDatesFromTheContractAndAmountsFromItsTotal() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team, LocalDate.of(2040, 3, 1), LocalDate.of(2040, 5, 31));
		fixtures.signIn(team.clerk());

		ScheduleView schedule = schedules.schedule(contract.id());

		assertThat(schedule.created()).isTrue();
		assertThat(schedule.milestones())
			.extracting(MilestoneView::type, MilestoneView::plannedDate, MilestoneView::amount)
			.containsExactly(tuple(MilestoneType.PRODUCTION_ORDER, LocalDate.of(2040, 3, 1), null),
					tuple(MilestoneType.PRODUCTION_COMPLETE, LocalDate.of(2040, 4, 25), null),
					tuple(MilestoneType.SHIPMENT, LocalDate.of(2040, 5, 13), null),
					tuple(MilestoneType.DELIVERY, LocalDate.of(2040, 5, 31), null),
					tuple(MilestoneType.ACCEPTANCE, LocalDate.of(2040, 6, 7), null),
					tuple(MilestoneType.INVOICING, LocalDate.of(2040, 6, 7), new BigDecimal("176.00")),
					tuple(MilestoneType.PAYMENT, LocalDate.of(2040, 7, 22), new BigDecimal("176.00")));
		assertThat(schedule.milestones()).allSatisfy(milestone -> {
			assertThat(milestone.state()).isEqualTo(MilestoneState.PLANNED);
			assertThat(milestone.responsibleUsername()).isEqualTo(team.rep().username());
			assertThat(milestone.currency()).isEqualTo("EUR");
			assertThat(milestone.slippageDays()).isNull();
		});
		assertThat(schedule.slippageDays()).isZero();
		assertThat(schedule.next().type()).isEqualTo(MilestoneType.PRODUCTION_ORDER);
		assertThat(audit.history(MilestoneAudit.ENTITY, schedule.milestones().get(5).id())).singleElement()
			.satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("CREATED");
				assertThat(entry.actor()).isEqualTo(team.manager().username());
				assertThat(entry.changes()).extracting(change -> change.field() + "=" + change.newValue())
					.contains("type=INVOICING", "amount=176.00", "responsible=" + team.rep().username());
			});
		assertThat(audit.forCustomer(contract.partyId(), 50)).as("the party's timeline")
			.noneMatch(entry -> entry.entityType().equals(MilestoneAudit.ENTITY));
	}

	@Test
	void givesAnActivatedPurchaseThePurchaseTemplate() {
		ContractFixtures.Team team = fixtures.team();
		CustomerView supplier = fixtures.party(team.rep(), CustomerKind.SUPPLIER, "es");
		ContractView contract = fixtures.active(team, ContractKind.PURCHASE, supplier, LocalDate.of(2040, 1, 10),
				LocalDate.of(2040, 2, 10));
		fixtures.signIn(team.clerk());

		assertThat(schedules.schedule(contract.id()).milestones())
			.extracting(MilestoneView::type, MilestoneView::plannedDate)
			.containsExactly(tuple(MilestoneType.ORDER_PLACED, LocalDate.of(2040, 1, 10)),
					tuple(MilestoneType.GOODS_RECEIVED, LocalDate.of(2040, 2, 10)),
					tuple(MilestoneType.INSPECTION, LocalDate.of(2040, 2, 13)),
					tuple(MilestoneType.INVOICE_RECEIVED, LocalDate.of(2040, 2, 13)),
					tuple(MilestoneType.PAYMENT, LocalDate.of(2040, 3, 29)));
	}

	@Test
	void keepsTheFirstScheduleWhenTheActivationIsAnnouncedAgain() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView first = schedules.schedule(contract.id()).milestones().get(0);
		schedules.markDone(contract.id(), first.id(), clock.today(), first.version());
		fixtures.signOut();

		fixtures.activateAgain(contract.id());

		fixtures.signIn(team.clerk());
		ScheduleView schedule = schedules.schedule(contract.id());
		assertThat(schedule.milestones()).hasSize(7);
		assertThat(schedule.doneCount()).isEqualTo(1);
	}

	@Test
	void hasNoScheduleBeforeActivation() {
		ContractFixtures.Team team = fixtures.team();
		ContractView draft = fixtures.draftSale(team, ExecutionFixtures.FAR_START, ExecutionFixtures.FAR_END);
		fixtures.signIn(team.clerk());

		ScheduleView schedule = schedules.schedule(draft.id());

		assertThat(schedule.created()).isFalse();
		assertThat(schedule.milestones()).isEmpty();
		assertThatThrownBy(() -> schedules.add(draft.id(), milestone(MilestoneType.OTHER, clock.today())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("execution.schedule.notActive");
	}

	@Test
	void derivesStatesAndSlippageFromTodayAndTakesTheWorstAsTheContractsSlippage() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		LocalDate today = clock.today();

		MilestoneView late = schedules.add(contract.id(), milestone(MilestoneType.OTHER, today.minusDays(5)));
		MilestoneView dueToday = schedules.add(contract.id(), milestone(MilestoneType.OTHER, today));
		MilestoneView dueSoon = schedules.add(contract.id(), milestone(MilestoneType.OTHER, today.plusDays(7)));
		MilestoneView planned = schedules.add(contract.id(), milestone(MilestoneType.OTHER, today.plusDays(8)));
		MilestoneView doneLate = schedules.add(contract.id(),
				new MilestoneData(MilestoneType.SHIPMENT, null, today.minusDays(10), today.minusDays(7), null, null, null));
		MilestoneView doneEarly = schedules.add(contract.id(),
				new MilestoneData(MilestoneType.DELIVERY, null, today.minusDays(2), today.minusDays(4), null, null, null));

		assertThat(List.of(late, dueToday, dueSoon, planned, doneLate, doneEarly))
			.extracting(MilestoneView::state, MilestoneView::slippageDays)
			.containsExactly(tuple(MilestoneState.LATE, 5), tuple(MilestoneState.DUE_SOON, null),
					tuple(MilestoneState.DUE_SOON, null), tuple(MilestoneState.PLANNED, null),
					tuple(MilestoneState.DONE, 3), tuple(MilestoneState.DONE, -2));
		ScheduleView schedule = schedules.schedule(contract.id());
		assertThat(schedule.slippageDays()).isEqualTo(5);
		assertThat(schedule.next().id()).isEqualTo(late.id());
		assertThat(schedule.doneCount()).isEqualTo(2);
	}

	@Test
	void marksAMilestoneDoneRecordingTheDayWhoAndAnnouncingIt() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView shipment = typed(contract, MilestoneType.SHIPMENT);
		assertThat(schedules.hasExecutionStarted(contract.id())).isFalse();

		MilestoneView done = schedules.markDone(contract.id(), shipment.id(), clock.today().minusDays(1), shipment.version());

		assertThat(done.state()).isEqualTo(MilestoneState.DONE);
		assertThat(done.actualDate()).isEqualTo(clock.today().minusDays(1));
		assertThat(done.completedBy()).isEqualTo(team.clerk().username());
		assertThat(done.completedAt()).isNotNull();
		assertThat(done.slippageDays()).isEqualTo(
				(int) java.time.temporal.ChronoUnit.DAYS.between(shipment.plannedDate(), clock.today().minusDays(1)));
		assertThat(schedules.hasExecutionStarted(contract.id())).isTrue();
		assertThat(events.of(contract.id())).containsExactly(new MilestoneCompleted(done.id(), contract.id(),
				MilestoneType.SHIPMENT));
		assertThat(audit.history(MilestoneAudit.ENTITY, done.id()).get(0)).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("DONE");
			assertThat(entry.actor()).isEqualTo(team.clerk().username());
			assertThat(entry.customerId()).isEqualTo(contract.partyId());
			assertThat(entry.changes()).anySatisfy(change -> {
				assertThat(change.field()).isEqualTo("actualDate");
				assertThat(change.newValue()).isEqualTo(clock.today().minusDays(1).toString());
			});
		});
		assertThatThrownBy(() -> schedules.markDone(contract.id(), shipment.id(), clock.today(), null))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("execution.milestone.alreadyDone");
	}

	@Test
	void keepsTheContractFromBeingCancelledOnceAMilestoneIsDone() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView order = typed(contract, MilestoneType.PRODUCTION_ORDER);
		schedules.markDone(contract.id(), order.id(), clock.today(), order.version());
		fixtures.signOut();

		assertThatThrownBy(() -> fixtures.cancel(team, contract.id())).isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("contracts.error.executionStarted");
	}

	@Test
	void refusesAnActualDateAfterToday() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView delivery = typed(contract, MilestoneType.DELIVERY);

		assertThatThrownBy(() -> schedules.markDone(contract.id(), delivery.id(), clock.today().plusDays(1), null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::field, FieldError::messageKey)
				.containsExactly(tuple("actualDate", "execution.error.future")));
	}

	@Test
	void completesTheEarliestOpenMilestoneOfATypeForLaterModulesAndNothingOnceNoneIsOpen() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView secondShipment = schedules.add(contract.id(),
				milestone(MilestoneType.SHIPMENT, ExecutionFixtures.FAR_END.plusDays(40)));
		fixtures.signOut();
		LocalDate shipped = clock.today();

		MilestoneView first = schedules.completeMilestone(contract.id(), MilestoneType.SHIPMENT, shipped).orElseThrow();
		MilestoneView second = schedules.completeMilestone(contract.id(), MilestoneType.SHIPMENT, shipped).orElseThrow();

		assertThat(first.plannedDate()).isEqualTo(LocalDate.of(2040, 5, 13));
		assertThat(first.completedBy()).isEqualTo(ScheduleEditor.SYSTEM);
		assertThat(second.id()).isEqualTo(secondShipment.id());
		assertThat(schedules.completeMilestone(contract.id(), MilestoneType.SHIPMENT, shipped)).isEmpty();
		assertThat(events.of(contract.id())).extracting(MilestoneCompleted::milestoneId)
			.containsExactly(first.id(), second.id());
	}

	@Test
	void editsAMilestoneAtItsVersionAndRefusesAStaleOne() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView invoicing = typed(contract, MilestoneType.INVOICING);
		MilestoneData changed = new MilestoneData(MilestoneType.INVOICING, "Factura del 50 %", LocalDate.of(2040, 6, 1),
				null, team.clerk().username(), new BigDecimal("88"), "Pedir el pedido de compra al cliente");

		MilestoneView edited = schedules.update(contract.id(), invoicing.id(), invoicing.version(), changed);

		assertThat(edited.name()).isEqualTo("Factura del 50 %");
		assertThat(edited.plannedDate()).isEqualTo(LocalDate.of(2040, 6, 1));
		assertThat(edited.responsibleUsername()).isEqualTo(team.clerk().username());
		assertThat(edited.amount()).isEqualByComparingTo("88.00");
		assertThat(edited.notes()).isEqualTo("Pedir el pedido de compra al cliente");
		assertThat(edited.version()).isGreaterThan(invoicing.version());
		assertThat(audit.history(MilestoneAudit.ENTITY, invoicing.id()).get(0).changes())
			.extracting(change -> change.field())
			.containsExactlyInAnyOrder("name", "plannedDate", "responsible", "amount", "notes");
		assertThatThrownBy(() -> schedules.update(contract.id(), invoicing.id(), invoicing.version(), changed))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void reopensADoneMilestoneWhenItsActualDateIsCleared() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView order = typed(contract, MilestoneType.PRODUCTION_ORDER);
		MilestoneView done = schedules.markDone(contract.id(), order.id(), clock.today(), order.version());

		MilestoneView reopened = schedules.update(contract.id(), order.id(), done.version(), new MilestoneData(
				order.type(), null, order.plannedDate(), null, order.responsibleUsername(), null, null));

		assertThat(reopened.state()).isEqualTo(MilestoneState.PLANNED);
		assertThat(reopened.actualDate()).isNull();
		assertThat(reopened.completedBy()).isNull();
	}

	@Test
	void namesEveryInvalidField() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());

		assertThatThrownBy(() -> schedules.add(contract.id(), new MilestoneData(null, "x".repeat(151), null,
				clock.today().plusDays(2), "nobody-" + System.nanoTime(), new BigDecimal("-1"), "y".repeat(2001))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::field, FieldError::messageKey)
				.containsExactly(tuple("type", "execution.error.required"), tuple("name", "execution.error.tooLong"),
						tuple("plannedDate", "execution.error.required"), tuple("actualDate", "execution.error.future"),
						tuple("responsibleUsername", "execution.error.unknownUser"),
						tuple("amount", "execution.error.negative"), tuple("notes", "execution.error.tooLong")));
		assertThatThrownBy(() -> schedules.add(contract.id(), new MilestoneData(MilestoneType.SHIPMENT, null,
				clock.today(), null, null, BigDecimal.TEN, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::messageKey)
				.containsExactly("execution.error.amountNotAllowed"));
		assertThatThrownBy(() -> schedules.add(contract.id(), new MilestoneData(MilestoneType.PAYMENT, null,
				clock.today(), null, null, new BigDecimal("10.005"), null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::messageKey)
				.containsExactly("execution.error.amount"));
	}

	@Test
	void removesAMilestoneIntoTheAuditTrail() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView acceptance = typed(contract, MilestoneType.ACCEPTANCE);

		assertThatThrownBy(() -> schedules.remove(contract.id(), acceptance.id(), acceptance.version() + 1))
			.isInstanceOf(ConflictException.class);
		schedules.remove(contract.id(), acceptance.id(), acceptance.version());

		assertThat(schedules.schedule(contract.id()).milestones()).extracting(MilestoneView::type)
			.doesNotContain(MilestoneType.ACCEPTANCE);
		assertThat(audit.history(MilestoneAudit.ENTITY, acceptance.id()).get(0).action()).isEqualTo("DELETED");
		assertThatThrownBy(() -> schedules.milestone(contract.id(), acceptance.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void letsOnlyTheBackOfficeChangeASchedule() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.rep());
		MilestoneView order = typed(contract, MilestoneType.PRODUCTION_ORDER);

		assertThatThrownBy(() -> schedules.markDone(contract.id(), order.id(), clock.today(), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(schedules.mayEdit()).isFalse();
	}

	@Test
	void hidesTheScheduleOfAContractOutsideTheCallersScope() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.otherRep());

		assertThatThrownBy(() -> schedules.schedule(contract.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesChangesOnceTheContractIsNoLongerActive() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.complete(team, contract.id());
		fixtures.signIn(team.clerk());
		MilestoneView order = typed(contract, MilestoneType.PRODUCTION_ORDER);

		assertThatThrownBy(() -> schedules.markDone(contract.id(), order.id(), clock.today(), null))
			.isInstanceOf(BusinessRuleException.class);
	}

	private MilestoneView typed(ContractView contract, MilestoneType type) {
		return schedules.schedule(contract.id()).milestones().stream()
			.filter(milestone -> milestone.type() == type)
			.findFirst()
			.orElseThrow();
	}

	private static MilestoneData milestone(MilestoneType type, LocalDate plannedDate) {
		return new MilestoneData(type, null, plannedDate, null, null, null, null);
	}
}
