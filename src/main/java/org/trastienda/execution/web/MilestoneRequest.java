package org.trastienda.execution.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.trastienda.execution.MilestoneData;
import org.trastienda.execution.MilestoneType;

/** The JSON of a milestone change: its fields and, for {@code PUT}, the {@code version} that was read. */
record MilestoneRequest(Long version, MilestoneType type, String name, LocalDate plannedDate, LocalDate actualDate,
		String responsibleUsername, BigDecimal amount, String notes) {

	MilestoneData toData() {
		return new MilestoneData(type, name, plannedDate, actualDate, responsibleUsername, amount, notes);
	}
}
