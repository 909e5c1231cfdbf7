package org.trastienda.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to an active contract as a user proposes it: why, and the contract's lines as they
 * should be (lines naming an {@code id} change that line, others are added, lines left out are
 * removed). Null dates and payment terms keep the contract's.
 */
public record AmendmentData(String reason, LocalDate startsOn, LocalDate endsOn, Integer paymentTermsDays,
		List<ContractLineData> lines) {

	public AmendmentData {
		lines = lines == null ? List.of() : lines.stream().map(line -> line == null ? ContractLineData.EMPTY : line).toList();
	}
}
