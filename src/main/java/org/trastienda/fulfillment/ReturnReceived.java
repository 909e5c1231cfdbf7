package org.trastienda.fulfillment;

import java.time.LocalDate;
import java.util.List;

/**
 * The goods of a return came back: published in the transaction that marks the return received,
 * so listeners (billing proposes the rectifying invoice) see it once it has committed.
 */
public record ReturnReceived(Long returnId, Long contractId, Long shipmentId, LocalDate receivedOn,
		List<ReturnedLine> lines) {
}
