package org.trastienda.execution;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;

/**
 * How milestones stand against their plan on a given day.
 * <p>
 * A milestone's slippage is the days between its planned and actual date once done (negative when
 * early), the days it is overdue while late, and unknown (null) while it is still ahead. The
 * schedule's slippage is the worst of its milestones' (the largest), 0 while none is done or late:
 * a schedule is as late as its most delayed step, whether that step is done or still open.
 *
 * @param today the day in {@code trastienda.milestones.zone}
 * @param dueSoonDays a milestone planned from today up to this many days ahead is due soon
 */
record Timeliness(LocalDate today, int dueSoonDays) {

	MilestoneState state(LocalDate planned, LocalDate actual) {
		if (actual != null) {
			return MilestoneState.DONE;
		}
		if (planned.isBefore(today)) {
			return MilestoneState.LATE;
		}
		return planned.isAfter(today.plusDays(dueSoonDays)) ? MilestoneState.PLANNED : MilestoneState.DUE_SOON;
	}

	Integer slippageDays(LocalDate planned, LocalDate actual) {
		if (actual != null) {
			return days(planned, actual);
		}
		return planned.isBefore(today) ? days(planned, today) : null;
	}

	/** Days a late milestone is overdue; 0 when it is not late. */
	int daysLate(LocalDate planned, LocalDate actual) {
		return state(planned, actual) == MilestoneState.LATE ? days(planned, today) : 0;
	}

	static int scheduleSlippage(Collection<Integer> milestoneSlippages) {
		return milestoneSlippages.stream().filter(Objects::nonNull).max(Integer::compare).orElse(0);
	}

	private static int days(LocalDate from, LocalDate to) {
		return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
	}
}
