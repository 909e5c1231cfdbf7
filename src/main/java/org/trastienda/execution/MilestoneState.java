package org.trastienda.execution;

/**
 * Where a milestone stands today, derived from its dates and the clock (never stored): done, late
 * (planned date passed), due soon (planned within {@code trastienda.milestones.due-soon-days}),
 * or simply planned.
 */
public enum MilestoneState {
	PLANNED, DUE_SOON, LATE, DONE
}
