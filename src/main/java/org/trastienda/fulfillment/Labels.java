package org.trastienda.fulfillment;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments translated with the message: a status, a field's name. */
final class Labels {

	private Labels() {
	}

	static MessageSourceResolvable of(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments, key);
	}

	static MessageSourceResolvable status(ShipmentStatus status) {
		return of("fulfillment.shipment.status." + status);
	}

	static MessageSourceResolvable status(ReturnStatus status) {
		return of("fulfillment.return.status." + status);
	}

	/** A field's translated name, {@code fulfillment.field.<name>}; a line's field takes the line's number. */
	static MessageSourceResolvable field(String name, Object... arguments) {
		return of("fulfillment.field." + name, arguments);
	}
}
