package org.trastienda.contracts;

import java.time.LocalDate;

/**
 * A required document as the back office writes it. {@code name} is required for {@code OTHER}.
 * On a change, {@code status} moves it on ({@code RECEIVED} needs its file, {@code SENT} takes
 * {@code sentOn}, today when absent); null keeps the status.
 */
public record ContractDocumentData(RequiredDocumentType type, String name, LocalDate dueOn, String notes,
		DocumentStatus status, LocalDate sentOn) {
}
