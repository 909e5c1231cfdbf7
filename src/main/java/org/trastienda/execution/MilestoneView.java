package org.trastienda.execution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone with its state and slippage as of today; the field names are the API's.
 *
 * @param name the name given to it, or null when it goes by its type's label
 * @param slippageDays actual minus planned date when done (negative: early), days overdue while late,
 * null while still ahead
 * @param completedBy who marked it done (or the module that completed it), null while open
 */
public record MilestoneView(Long id, long version, Long contractId, MilestoneType type, String name,
		LocalDate plannedDate, LocalDate actualDate, String responsibleUsername, String responsibleName,
		BigDecimal amount, String currency, String notes, MilestoneState state, Integer slippageDays,
		String completedBy, Instant completedAt) {

	public boolean done() {
		return state == MilestoneState.DONE;
	}
}
