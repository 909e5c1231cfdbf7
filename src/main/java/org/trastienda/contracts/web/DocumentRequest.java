package org.trastienda.contracts.web;

import java.time.LocalDate;

import org.trastienda.contracts.ContractDocumentData;
import org.trastienda.contracts.DocumentStatus;
import org.trastienda.contracts.RequiredDocumentType;

/** A required document as API clients send it; {@code version} is required on PUT. */
record DocumentRequest(Long version, RequiredDocumentType type, String name, LocalDate dueOn, String notes,
		DocumentStatus status, LocalDate sentOn) {

	ContractDocumentData toData() {
		return new ContractDocumentData(type, name, dueOn, notes, status, sentOn);
	}
}
