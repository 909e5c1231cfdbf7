package org.trastienda.fulfillment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment (or receipt) as the API and pages show it.
 *
 * @param number the delivery note's number, {@code AL-2026-00042} (receipts {@code RE-…})
 * @param shippedOn the day the goods left (expected, while PREPARED)
 * @param deliveredOn the day they arrived, once DELIVERED
 * @param proofOfDeliveryFileId the stored proof of delivery (signed note, photo), or null
 * @param statusNote what logistics said with the last status (why an EXCEPTION)
 */
public record ShipmentView(Long id, long version, String number, ShipmentKind kind, Long contractId,
		String contractNumber, Long partyId, String partyName, ShipmentStatus status, LocalDate shippedOn,
		String carrier, String trackingNumber, ShipMode shipMode, LocalDate deliveredOn, Long proofOfDeliveryFileId,
		String statusNote, String notes, List<ShipmentLineView> lines, String createdBy, Instant createdAt,
		Instant updatedAt) {
}
