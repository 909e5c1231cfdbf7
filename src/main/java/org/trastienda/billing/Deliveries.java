package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.trastienda.fulfillment.Fulfillment;
import org.trastienda.fulfillment.LineFulfilment;

/** What the fulfillment module says was delivered and returned, per contract line. */
@Component
class Deliveries {

	private final Fulfillment fulfillment;

	Deliveries(Fulfillment fulfillment) {
		this.fulfillment = fulfillment;
	}

	/** Delivered and returned quantities of one contract line. */
	record Delivered(BigDecimal delivered, BigDecimal returned) {

		static final Delivered NOTHING = new Delivered(BigDecimal.ZERO, BigDecimal.ZERO);

		/** What may be invoiced in all: delivered less returned. */
		BigDecimal net() {
			return delivered.subtract(returned);
		}
	}

	Map<Long, Delivered> byContractLine(Long contractId) {
		return fulfillment.progress(contractId).stream()
			.collect(Collectors.toMap(LineFulfilment::contractLineId,
					line -> new Delivered(line.delivered(), line.returned()), (first, second) -> first));
	}
}
