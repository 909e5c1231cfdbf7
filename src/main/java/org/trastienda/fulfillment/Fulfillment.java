package org.trastienda.fulfillment;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;

/**
 * How far contracts have been fulfilled, for other modules (billing checks an invoice's quantities
 * against it). A contract outside the caller's data scope answers
 * {@link org.trastienda.shared.NotFoundException}, as in {@link Contracts#get}.
 */
@Service
@Transactional(readOnly = true)
public class Fulfillment {

	private final Contracts contracts;

	private final FulfilledQuantities quantities;

	Fulfillment(Contracts contracts, FulfilledQuantities quantities) {
		this.contracts = contracts;
		this.quantities = quantities;
	}

	/** Each line of the contract, in the contract's order: contracted, shipped, delivered and returned. */
	public List<LineFulfilment> progress(Long contractId) {
		ContractView contract = contracts.get(contractId);
		var byLine = quantities.ofContract(contractId);
		return contract.lines().stream().map(line -> {
			var done = byLine.getOrDefault(line.id(), FulfilledQuantities.Quantities.NONE);
			return new LineFulfilment(line.id(), line.quantity(), done.shipped(), done.delivered(), done.returned());
		}).toList();
	}
}
