package org.trastienda.fulfillment;

/** A shipment's delivery note (or a receipt's goods-received note) as a PDF. */
public record DeliveryNote(String filename, byte[] content) {
}
