package org.trastienda.billing;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * The contracts invoices and requests are made on: sales contracts, active or completed, that the
 * caller can see (else 404), with what an invoice copies from them.
 */
@Component
class InvoiceableContracts {

	private static final Set<ContractStatus> INVOICEABLE = Set.of(ContractStatus.ACTIVE, ContractStatus.COMPLETED);

	private final Contracts contracts;

	private final UserDirectory users;

	InvoiceableContracts(Contracts contracts, UserDirectory users) {
		this.contracts = contracts;
		this.users = users;
	}

	/** The contract, refused (422) when it cannot be invoiced. */
	ContractView require(Long contractId) {
		if (contractId == null) {
			throw new InvalidInputException(new FieldError("contractId", "billing.error.required",
					Checks.label("contractId")));
		}
		ContractView contract = contracts.get(contractId);
		if (contract.kind() != ContractKind.SALE || !INVOICEABLE.contains(contract.status())) {
			throw new BusinessRuleException("billing.invoice.contractNotInvoiceable", contract.number());
		}
		return contract;
	}

	/** What an invoice or a request copies from the contract: its party, and its region and owner for the data scope. */
	Invoice.Header header(ContractView contract) {
		Long ownerId = contract.ownerUsername() == null ? null
				: users.findByUsername(contract.ownerUsername()).map(UserSummary::id).orElse(null);
		Long regionId = contract.regionCode() == null ? null
				: users.findRegionByCode(contract.regionCode()).map(RegionView::id).orElse(null);
		return new Invoice.Header(contract.id(), contract.number(), contract.partyId(), contract.partyName(), regionId,
				ownerId, contract.currency());
	}
}
