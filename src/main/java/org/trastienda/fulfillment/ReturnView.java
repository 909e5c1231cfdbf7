package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A return as the API and pages show it, with who did each step.
 *
 * @param number {@code DV-2026-00001}
 * @param value the lines' quantities at the shipped net unit prices (cents)
 * @param condition the state the goods came back in, once received
 */
public record ReturnView(Long id, long version, String number, Long shipmentId, String shipmentNumber,
		Long contractId, String contractNumber, Long partyId, String partyName, ReturnStatus status,
		ReturnReason reason, String reasonText, LocalDate requestedOn, List<ReturnLineView> lines, BigDecimal value,
		String registeredBy, Instant registeredAt, String verifiedBy, Instant verifiedAt, String verificationNote,
		LocalDate receivedOn, GoodsCondition condition, String receivedBy, String closedBy, Instant closedAt,
		String rejectionReason, String rejectedBy, Instant rejectedAt) {
}
