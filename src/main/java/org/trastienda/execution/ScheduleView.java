package org.trastienda.execution;

import java.util.List;

/**
 * A contract's execution schedule as of today; the field names are the API's.
 *
 * @param created false for a contract not activated yet: it has no schedule and no milestones
 * @param milestones by planned date
 * @param slippageDays the worst slippage of a done or late milestone, 0 while there is none
 * @param next the first milestone not done yet (by planned date), null when all are done
 */
public record ScheduleView(Long contractId, String contractNumber, String currency, boolean created,
		List<MilestoneView> milestones, int slippageDays, long doneCount, MilestoneView next) {

	static ScheduleView notCreated(Long contractId, String contractNumber, String currency) {
		return new ScheduleView(contractId, contractNumber, currency, false, List.of(), 0, 0, null);
	}

	static ScheduleView of(Long contractId, String contractNumber, String currency, List<MilestoneView> milestones) {
		int slippage = Timeliness.scheduleSlippage(milestones.stream().map(MilestoneView::slippageDays).toList());
		long done = milestones.stream().filter(MilestoneView::done).count();
		MilestoneView next = milestones.stream().filter(milestone -> !milestone.done()).findFirst().orElse(null);
		return new ScheduleView(contractId, contractNumber, currency, true, milestones, slippage, done, next);
	}
}
