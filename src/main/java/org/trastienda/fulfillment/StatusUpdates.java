package org.trastienda.fulfillment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.Contracts;
import org.trastienda.contracts.ContractView;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Moves a shipment to the status logistics reports, from any source: checks the update, records
 * it on the shipment's and the contract's timelines and completes the contract's milestones when
 * the last quantity has shipped or been delivered.
 */
@Component
class StatusUpdates {

	private final Contracts contracts;

	private final ContractProgress progress;

	private final ShipmentRepository shipments;

	private final FulfillmentAudit audit;

	private final ExecutionSchedule schedule;

	private final Clock clock;

	StatusUpdates(Contracts contracts, ContractProgress progress, ShipmentRepository shipments,
			FulfillmentAudit audit, ExecutionSchedule schedule, Clock clock) {
		this.contracts = contracts;
		this.progress = progress;
		this.shipments = shipments;
		this.audit = audit;
		this.schedule = schedule;
		this.clock = clock;
	}

	/** The update with its day filled in (today when absent) and its note trimmed. */
	StatusUpdate complete(StatusUpdate update) {
		return new StatusUpdate(update.status(), update.occurredOn() == null ? today() : update.occurredOn(),
				Inputs.clean(update.note()));
	}

	/**
	 * Everything wrong with a completed update of the shipment, as an import reports it: the input's
	 * errors and a move the status machine refuses.
	 */
	List<FieldError> problems(Shipment shipment, StatusUpdate update) {
		List<FieldError> errors = new ArrayList<>(invalid(shipment, update));
		if (refused(shipment, update)) {
			errors.add(new FieldError("status", "fulfillment.error.statusMove", moveArguments(shipment, update)));
		}
		return errors;
	}

	/** Checks and applies a completed update: 400 on bad input, 422 when the status machine refuses the move. */
	void apply(Shipment shipment, StatusUpdate update, StatusSource source, String actor) {
		List<FieldError> invalid = invalid(shipment, update);
		if (!invalid.isEmpty()) {
			throw new InvalidInputException(invalid);
		}
		if (refused(shipment, update)) {
			throw new BusinessRuleException("fulfillment.error.statusMove", moveArguments(shipment, update));
		}
		write(shipment, update, source, actor);
	}

	/** A missing status, a day in the future or before the goods left, an EXCEPTION without a note. */
	private List<FieldError> invalid(Shipment shipment, StatusUpdate update) {
		Inputs inputs = new Inputs().required("status", update.status())
			.past("occurredOn", update.occurredOn(), today())
			.text("note", update.note(), 2000);
		if (update.status() != null && update.status() != ShipmentStatus.SHIPPED) {
			inputs.notBefore("occurredOn", update.occurredOn(), shipment.getShippedOn(), Labels.field("shippedOn"));
		}
		if (update.status() == ShipmentStatus.EXCEPTION && update.note() == null) {
			inputs.reject("note", "fulfillment.error.exceptionNote");
		}
		return inputs.errors();
	}

	private static boolean refused(Shipment shipment, StatusUpdate update) {
		return update.status() != null && !shipment.getStatus().mayBecome(update.status());
	}

	private static Object[] moveArguments(Shipment shipment, StatusUpdate update) {
		return new Object[] { shipment.getNumber(), Labels.status(shipment.getStatus()), Labels.status(update.status()) };
	}

	/** Applies an update already checked, e.g. by an import's plan. */
	void write(Shipment shipment, StatusUpdate update, StatusSource source, String actor) {
		ShipmentStatus before = shipment.getStatus();
		shipment.moveTo(update, source, actor, clock.instant());
		shipments.flush();
		ContractView contract = contracts.get(shipment.getContractId());
		audit.shipment(contract, shipment.getId(), shipment.getNumber(), "STATUS_CHANGED", actor,
				new Changes().field("status", before, update.status())
					.created("occurredOn", update.occurredOn())
					.created("note", update.note())
					.created("source", source));
		if (update.status().hasLeft()) {
			progress.completeMilestones(contract, shipment.getShippedOn(),
					update.status() == ShipmentStatus.DELIVERED ? update.occurredOn() : null);
		}
	}

	LocalDate today() {
		return schedule.today();
	}
}
