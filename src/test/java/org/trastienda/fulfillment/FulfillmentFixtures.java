package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractData;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.execution.ExecutionFixtures;
import org.trastienda.identity.UserSummary;

/**
 * Active contracts, shipments and returns for fulfilment tests, made through the real services by
 * the people who would make them: contracts drafted by the team's rep and approved by its manager,
 * shipments by the back office. Every contract has two lines: 1000 ud of screws at 0.10 with 10 %
 * discount (net 0.09 each), and 2 ud of assembly at 25.
 */
@Component
public class FulfillmentFixtures {

	private final ExecutionFixtures execution;

	private final Contracts contracts;

	private final Shipments shipments;

	private final Returns returns;

	FulfillmentFixtures(ExecutionFixtures execution, Contracts contracts, Shipments shipments, Returns returns) {
		this.execution = execution;
		this.contracts = contracts;
		this.shipments = shipments;
		this.returns = returns;
	}

	public ContractFixtures.Team team() {
		return execution.team();
	}

	/** An active sale to a new party of the rep's, without over-delivery tolerance. */
	public ContractView activeSale(ContractFixtures.Team team) {
		return active(team, ContractKind.SALE, BigDecimal.ZERO);
	}

	/** An active contract of the kind with the tolerance (percent). */
	public ContractView active(ContractFixtures.Team team, ContractKind kind, BigDecimal tolerance) {
		return execution.activate(team, draft(team, kind, tolerance));
	}

	/** A draft of the kind with the tolerance, drafted by the team's rep. */
	public ContractView draft(ContractFixtures.Team team, ContractKind kind, BigDecimal tolerance) {
		CustomerView party = execution.party(team.rep(),
				kind == ContractKind.SALE ? CustomerKind.CUSTOMER : CustomerKind.SUPPLIER, "es");
		ContractData data = new ContractData(kind, party.id(), "Suministro " + UUID.randomUUID().toString().substring(0, 6),
				ExecutionFixtures.FAR_START.minusDays(10), ExecutionFixtures.FAR_START, ExecutionFixtures.FAR_END, null,
				null, null, null, null, List.of(ContractFixtures.line("Tornillo M8", "1000", "0.1000", "10", "21"),
						ContractFixtures.line("Montaje en obra", "2", "25", "0", "10")),
				tolerance, false);
		return as(team.rep(), () -> contracts.create(data));
	}

	/** A shipment (receipt) made by the clerk today, of the quantities of the contract's lines in order (null: none). */
	public ShipmentView ship(ContractFixtures.Team team, ContractView contract, String... quantities) {
		return as(team.clerk(), () -> shipments.create(data(contract, shipments.today(), quantities), StatusSource.API));
	}

	/** What a clerk would send for a shipment of the quantities of the contract's lines in order. */
	public static ShipmentData data(ContractView contract, LocalDate shippedOn, String... quantities) {
		List<ShipmentLineData> lines = new ArrayList<>();
		for (int index = 0; index < quantities.length; index++) {
			if (quantities[index] != null) {
				lines.add(new ShipmentLineData(contract.lines().get(index).id(), new BigDecimal(quantities[index])));
			}
		}
		return new ShipmentData(contract.id(), shippedOn, "SEUR", "TRK-" + UUID.randomUUID().toString().substring(0, 8),
				ShipMode.ROAD, null, lines);
	}

	/** Moves the shipment on to the status today, as the clerk. */
	public ShipmentView move(ContractFixtures.Team team, ShipmentView shipment, ShipmentStatus status) {
		return as(team.clerk(), () -> shipments.updateStatus(shipment.id(), null,
				new StatusUpdate(status, null, status == ShipmentStatus.EXCEPTION ? "Retenido en aduana" : null),
				StatusSource.API));
	}

	/** A shipment of the quantities, shipped and delivered today. */
	public ShipmentView delivered(ContractFixtures.Team team, ContractView contract, String... quantities) {
		ShipmentView shipment = ship(team, contract, quantities);
		move(team, shipment, ShipmentStatus.SHIPPED);
		return move(team, shipment, ShipmentStatus.DELIVERED);
	}

	/** A return of the quantities of the shipment's lines in order, registered by the user as defective. */
	public ReturnView requestReturn(UserSummary by, ShipmentView shipment, String... quantities) {
		List<ReturnLineData> lines = new ArrayList<>();
		for (int index = 0; index < quantities.length; index++) {
			if (quantities[index] != null) {
				lines.add(new ReturnLineData(shipment.lines().get(index).id(), new BigDecimal(quantities[index])));
			}
		}
		return as(by, () -> returns.register(new ReturnData(shipment.id(), ReturnReason.DEFECTIVE, "Rosca dañada", null,
				lines)));
	}

	/** A return registered by the clerk, verified by the rep and received by the clerk today, as new. */
	public ReturnView receivedReturn(ContractFixtures.Team team, ShipmentView shipment, String... quantities) {
		ReturnView requested = requestReturn(team.clerk(), shipment, quantities);
		as(team.rep(), () -> returns.verify(requested.id(), null, "Comprobado con el cliente"));
		return as(team.clerk(), () -> returns.receive(requested.id(), null, null, GoodsCondition.AS_NEW));
	}

	public <T> T as(UserSummary user, Supplier<T> action) {
		return execution.as(user, action);
	}

	public void signOut() {
		execution.signOut();
	}
}
