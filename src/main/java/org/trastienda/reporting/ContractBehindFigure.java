package org.trastienda.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract behind a figure of the statistics (drill-down).
 *
 * @param amount what the contract adds to the figure: an amount, or a number of late milestones
 * @param contractCount how many contracts are behind the figure in all, of which this list may show the first
 */
public record ContractBehindFigure(Long id, String number, String title, Long partyId, String partyName,
		LocalDate signedOn, String ownerName, String regionName, BigDecimal amount, long contractCount) {
}
