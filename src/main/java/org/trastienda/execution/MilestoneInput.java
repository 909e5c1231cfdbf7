package org.trastienda.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@link MilestoneData} checked and cleaned, the responsible user resolved to an id. */
record MilestoneInput(MilestoneType type, String name, LocalDate plannedDate, LocalDate actualDate,
		Long responsibleUserId, BigDecimal amount, String notes) {
}
