package org.trastienda.fulfillment;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerView;
import org.trastienda.documents.PdfRenderer;

/**
 * Renders a shipment's delivery note (a receipt's goods-received note): the number, the party and
 * its address, the contract, how the goods travel, each line's description, quantity and unit, and
 * room for the receiver's signature. In the party's billing language, as other documents it is sent.
 */
@Component
class DeliveryNotes {

	static final String TEMPLATE = "fulfillment/delivery-note";

	private final PdfRenderer renderer;

	private final CustomerArchive parties;

	private final MessageSource messages;

	DeliveryNotes(PdfRenderer renderer, CustomerArchive parties, MessageSource messages) {
		this.renderer = renderer;
		this.parties = parties;
		this.messages = messages;
	}

	DeliveryNote render(ShipmentView shipment, ContractView contract) {
		CustomerView party = parties.get(shipment.partyId());
		Locale locale = Locale.forLanguageTag(
				party.billing() != null && "en".equals(party.billing().language()) ? "en" : "es");
		Map<String, Object> model = Map.of("shipment", shipment, "contract", contract, "party", party, "format",
				new NoteFormat(locale));
		String filename = messages.getMessage("fulfillment.note.filename." + shipment.kind(),
				new Object[] { shipment.number() }, locale);
		return new DeliveryNote(filename, renderer.render(TEMPLATE, model, locale));
	}
}
