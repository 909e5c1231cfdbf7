package org.trastienda.execution;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinessTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private final Timeliness timeliness = new Timeliness(TODAY, 7);

	@Test
	void isDoneOnceItHasAnActualDateWhateverThePlan() {
		assertThat(timeliness.state(TODAY.minusDays(30), TODAY.minusDays(1))).isEqualTo(MilestoneState.DONE);
		assertThat(timeliness.state(TODAY.plusDays(30), TODAY)).isEqualTo(MilestoneState.DONE);
	}

	@Test
	void isLateFromTheDayAfterItsPlannedDate() {
		assertThat(timeliness.state(TODAY.minusDays(1), null)).isEqualTo(MilestoneState.LATE);
		assertThat(timeliness.state(TODAY, null)).isEqualTo(MilestoneState.DUE_SOON);
	}

	@Test
	void isDueSoonUpToTheConfiguredDaysAheadThenPlanned() {
		assertThat(timeliness.state(TODAY.plusDays(7), null)).isEqualTo(MilestoneState.DUE_SOON);
		assertThat(timeliness.state(TODAY.plusDays(8), null)).isEqualTo(MilestoneState.PLANNED);
		assertThat(new Timeliness(TODAY, 0).state(TODAY.plusDays(1), null)).isEqualTo(MilestoneState.PLANNED);
	}

	@Test
	void measuresSlippageAsActualMinusPlannedOrDaysOverdue() {
		assertThat(timeliness.slippageDays(TODAY.minusDays(10), TODAY.minusDays(6))).isEqualTo(4);
		assertThat(timeliness.slippageDays(TODAY.minusDays(2), TODAY.minusDays(5))).isEqualTo(-3);
		assertThat(timeliness.slippageDays(TODAY.minusDays(9), null)).isEqualTo(9);
		assertThat(timeliness.slippageDays(TODAY, null)).isNull();
		assertThat(timeliness.daysLate(TODAY.minusDays(9), null)).isEqualTo(9);
		assertThat(timeliness.daysLate(TODAY.minusDays(9), TODAY)).isZero();
	}

	@Test
	void takesTheWorstMilestoneAsTheSchedulesSlippage() {
		assertThat(Timeliness.scheduleSlippage(Arrays.asList(4, null, -3, 9))).isEqualTo(9);
		assertThat(Timeliness.scheduleSlippage(List.of(-3, -1))).isEqualTo(-1);
		assertThat(Timeliness.scheduleSlippage(Arrays.asList(null, null))).isZero();
		assertThat(Timeliness.scheduleSlippage(List.of())).isZero();
	}
}
