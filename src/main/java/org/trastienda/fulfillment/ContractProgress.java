package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractLineView;
import org.trastienda.contracts.ContractView;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneType;

/**
 * What each line of a contract may still ship, and the contract's milestones that complete
 * themselves: shipment once every line's net shipped quantity (shipped − returned) reaches the
 * contracted one, delivery (goods received, for a purchase) once every line's net delivered one does.
 */
@Component
class ContractProgress {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final FulfilledQuantities quantities;

	private final ExecutionSchedule schedule;

	ContractProgress(FulfilledQuantities quantities, ExecutionSchedule schedule) {
		this.quantities = quantities;
		this.schedule = schedule;
	}

	/**
	 * Each line with what remains: its quantity plus the contract's tolerance (rounded down to
	 * thousandths of the unit), less what every shipment of it holds, plus what came back.
	 */
	List<RemainingLine> remaining(ContractView contract) {
		Map<Long, FulfilledQuantities.Quantities> done = quantities.ofContract(contract.id());
		BigDecimal factor = HUNDRED.add(contract.overDeliveryTolerancePercent()).divide(HUNDRED);
		List<RemainingLine> lines = new ArrayList<>();
		for (int index = 0; index < contract.lines().size(); index++) {
			ContractLineView line = contract.lines().get(index);
			var sums = done.getOrDefault(line.id(), FulfilledQuantities.Quantities.NONE);
			BigDecimal allowed = line.quantity().multiply(factor).setScale(3, RoundingMode.DOWN);
			BigDecimal remaining = allowed.subtract(sums.committed()).add(sums.returned()).max(FulfilledQuantities.ZERO);
			lines.add(new RemainingLine(line.id(), index + 1, line.description(), line.unit(), line.quantity(), allowed,
					sums.committed(), sums.shipped(), sums.delivered(), sums.returned(), remaining));
		}
		return lines;
	}

	/**
	 * Completes the shipment milestone on the day the goods left, and the delivery (goods received)
	 * milestone on the day they arrived, when the contract's last quantity has; a milestone already
	 * done stays as it is.
	 */
	void completeMilestones(ContractView contract, LocalDate shippedOn, LocalDate deliveredOn) {
		Map<Long, FulfilledQuantities.Quantities> done = quantities.ofContract(contract.id());
		boolean sale = contract.kind() == ContractKind.SALE;
		if (sale && every(contract, done, FulfilledQuantities.Quantities::shipped)) {
			schedule.completeMilestone(contract.id(), MilestoneType.SHIPMENT, shippedOn);
		}
		if (deliveredOn != null && every(contract, done, FulfilledQuantities.Quantities::delivered)) {
			schedule.completeMilestone(contract.id(), sale ? MilestoneType.DELIVERY : MilestoneType.GOODS_RECEIVED,
					deliveredOn);
		}
	}

	/** Whether every line's quantity, less what came back, reaches the contracted one. */
	private static boolean every(ContractView contract, Map<Long, FulfilledQuantities.Quantities> done,
			Function<FulfilledQuantities.Quantities, BigDecimal> quantity) {
		return !contract.lines().isEmpty() && contract.lines().stream().allMatch(line -> {
			var sums = done.getOrDefault(line.id(), FulfilledQuantities.Quantities.NONE);
			return quantity.apply(sums).subtract(sums.returned()).compareTo(line.quantity()) >= 0;
		});
	}
}
