package org.trastienda.contracts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.trastienda.contracts.ContractData;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractLineData;

/** A contract as API clients send it; {@code version} is required on PUT. */
record ContractRequest(Long version, ContractKind kind, Long partyId, String title, LocalDate signedOn,
		LocalDate startsOn, LocalDate endsOn, String currency, Integer paymentTermsDays, String ownerUsername,
		String regionCode, String notes, List<ContractLineData> lines, BigDecimal overDeliveryTolerancePercent,
		Boolean invoicingInAdvance) {

	ContractData toData() {
		return new ContractData(kind, partyId, title, signedOn, startsOn, endsOn, currency, paymentTermsDays,
				ownerUsername, regionCode, notes, lines, overDeliveryTolerancePercent, invoicingInAdvance);
	}
}
