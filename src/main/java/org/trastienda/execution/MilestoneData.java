package org.trastienda.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A milestone as a person adds or edits it; the field names are the API's.
 *
 * @param name shown instead of the type's label when set
 * @param actualDate set to mark the milestone done on that day, cleared to reopen it
 * @param responsibleUsername who answers for it and hears when it is due or late (may be empty)
 * @param amount only for invoicing, invoice received and payment milestones
 * @param notes internal: never shown to the customer
 */
public record MilestoneData(MilestoneType type, String name, LocalDate plannedDate, LocalDate actualDate,
		String responsibleUsername, BigDecimal amount, String notes) {
}
