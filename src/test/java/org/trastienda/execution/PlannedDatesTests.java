package org.trastienda.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;

import static org.assertj.core.api.Assertions.assertThat;

class PlannedDatesTests {

	private static final LocalDate ACTIVATED = LocalDate.of(2026, 2, 20);

	@Test
	void countsFromEachAnchorOfTheContract() {
		PlannedDates dates = new PlannedDates(contract(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 5, 31), 30), ACTIVATED);

		assertThat(dates.plannedDate(template(Anchor.SIGNED_ON, null, 2, false))).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(dates.plannedDate(template(Anchor.STARTS_ON, null, 0, false))).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(dates.plannedDate(template(Anchor.ENDS_ON, null, 7, false))).isEqualTo(LocalDate.of(2026, 6, 7));
		assertThat(dates.plannedDate(template(Anchor.ENDS_ON, null, 7, true))).isEqualTo(LocalDate.of(2026, 7, 7));
	}

	@Test
	void placesASpanMilestoneAtItsShareOfTheTermRoundedHalfUp() {
		PlannedDates dates = new PlannedDates(contract(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), null),
				ACTIVATED);

		// 91 days: 60 % is 54.6 → 55, 80 % is 72.8 → 73, 50 % is 45.5 → 46
		assertThat(dates.plannedDate(template(Anchor.SPAN, 60, 0, false))).isEqualTo(LocalDate.of(2026, 4, 25));
		assertThat(dates.plannedDate(template(Anchor.SPAN, 80, 0, false))).isEqualTo(LocalDate.of(2026, 5, 13));
		assertThat(dates.plannedDate(template(Anchor.SPAN, 50, 0, false))).isEqualTo(LocalDate.of(2026, 4, 16));
		assertThat(dates.plannedDate(template(Anchor.SPAN, 0, 0, false))).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(dates.plannedDate(template(Anchor.SPAN, 100, 0, false))).isEqualTo(LocalDate.of(2026, 5, 31));
	}

	@Test
	void fallsBackToTheSignatureAndThenToTheDayOfActivationWhenDatesAreMissing() {
		PlannedDates signedOnly = new PlannedDates(contract(LocalDate.of(2026, 2, 10), null, null, null), ACTIVATED);
		PlannedDates undated = new PlannedDates(contract(null, null, null, null), ACTIVATED);

		assertThat(signedOnly.plannedDate(template(Anchor.STARTS_ON, null, 0, false))).isEqualTo(LocalDate.of(2026, 2, 10));
		assertThat(signedOnly.plannedDate(template(Anchor.ENDS_ON, null, 3, true))).isEqualTo(LocalDate.of(2026, 2, 13));
		assertThat(undated.plannedDate(template(Anchor.SIGNED_ON, null, 0, false))).isEqualTo(ACTIVATED);
		assertThat(undated.plannedDate(template(Anchor.SPAN, 60, 0, false))).isEqualTo(ACTIVATED);
	}

	@Test
	void treatsAnEndBeforeTheStartAsTheStart() {
		PlannedDates dates = new PlannedDates(contract(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), null),
				ACTIVATED);

		assertThat(dates.plannedDate(template(Anchor.ENDS_ON, null, 0, false))).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(dates.plannedDate(template(Anchor.SPAN, 80, 0, false))).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void givesAMilestoneItsShareOfTheGrossTotalInCents() {
		assertThat(new MilestoneTemplate(ContractKind.SALE, 1, MilestoneType.INVOICING, Anchor.ENDS_ON, null, 0, false,
				new BigDecimal("33.33")).amountOf(new BigDecimal("1000.01"))).isEqualByComparingTo("333.30");
		assertThat(new MilestoneTemplate(ContractKind.SALE, 1, MilestoneType.INVOICING, Anchor.ENDS_ON, null, 0, false,
				new BigDecimal("50")).amountOf(new BigDecimal("0.05"))).isEqualByComparingTo("0.03");
		assertThat(template(Anchor.ENDS_ON, null, 0, false).amountOf(new BigDecimal("100"))).isNull();
	}

	private static MilestoneTemplate template(Anchor anchor, Integer spanPercent, int offsetDays, boolean terms) {
		return new MilestoneTemplate(ContractKind.SALE, 1, MilestoneType.OTHER, anchor, spanPercent, offsetDays, terms,
				null);
	}

	private static ContractView contract(LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, Integer terms) {
		return new ContractView(1L, 0, "CV-2026-00001", ContractKind.SALE, 1L, "Suministro", signedOn, startsOn, endsOn,
				"EUR", terms, "rep", "NORTE", ContractStatus.ACTIVE, List.of(), BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, "Parte S.L.", null, null, 1, "rep", null, null, BigDecimal.ZERO, false);
	}
}
