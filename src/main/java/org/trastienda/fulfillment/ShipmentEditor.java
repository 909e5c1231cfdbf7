package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractLineView;
import org.trastienda.contracts.ContractView;
import org.trastienda.shared.BusinessRuleException;

/**
 * Checks what a user wrote for a new shipment against its contract and turns each line into the
 * terms the shipment keeps (invalid input answers 400 with the fields), then that no line asks
 * for more than remains of it (422 naming the line, the quantity asked and the quantity remaining).
 */
@Component
class ShipmentEditor {

	static final int MAX_LINES = 500;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ContractProgress progress;

	ShipmentEditor(ContractProgress progress) {
		this.progress = progress;
	}

	/** The data cleaned, with each line's terms from the contract. */
	record Checked(ShipmentData data, List<ShipmentLine.Terms> lines) {
	}

	Checked check(ShipmentData data, ContractView contract) {
		Inputs inputs = new Inputs();
		ShipmentData cleaned = new ShipmentData(data.contractId(), data.shippedOn(), Inputs.clean(data.carrier()),
				Inputs.clean(data.trackingNumber()), data.shipMode(), Inputs.clean(data.notes()), data.lines());
		inputs.required("shippedOn", cleaned.shippedOn())
			.required("shipMode", cleaned.shipMode())
			.text("carrier", cleaned.carrier(), 100)
			.text("trackingNumber", cleaned.trackingNumber(), 100)
			.text("notes", cleaned.notes(), 2000);
		if (cleaned.lines().isEmpty()) {
			inputs.reject("lines", "fulfillment.error.noLines");
		}
		else if (cleaned.lines().size() > MAX_LINES) {
			inputs.reject("lines", "fulfillment.error.tooManyLines", MAX_LINES);
		}
		Map<Long, ContractLineView> contractLines = contract.lines().stream()
			.collect(Collectors.toMap(ContractLineView::id, Function.identity()));
		Set<Long> seen = new HashSet<>();
		for (int index = 0; index < cleaned.lines().size(); index++) {
			ShipmentLineData line = cleaned.lines().get(index);
			String path = "lines[" + index + "].";
			if (line.contractLineId() == null) {
				inputs.reject(path + "contractLineId", Labels.field("line.contractLineId", index + 1),
						"fulfillment.error.required");
			}
			else if (!contractLines.containsKey(line.contractLineId()) || !seen.add(line.contractLineId())) {
				inputs.reject(path + "contractLineId", Labels.field("line.contractLineId", index + 1),
						"fulfillment.error.line.unknown", line.contractLineId(), contract.number());
			}
			inputs.quantity(path + "quantity", Labels.field("line.quantity", index + 1), line.quantity());
		}
		inputs.throwIfAny();
		return new Checked(cleaned, cleaned.lines().stream().map(line -> terms(contractLines.get(line.contractLineId()),
				line.quantity())).toList());
	}

	/**
	 * Refuses the first line asking for more than its contract line has left to ship; callers hold
	 * the shipment number's lock, so no other shipment of the contract is being made meanwhile.
	 */
	void requireWithinRemaining(List<ShipmentLineData> lines, ContractView contract) {
		Map<Long, RemainingLine> remaining = progress.remaining(contract).stream()
			.collect(Collectors.toMap(RemainingLine::contractLineId, Function.identity()));
		for (ShipmentLineData line : lines) {
			RemainingLine left = remaining.get(line.contractLineId());
			if (line.quantity().compareTo(left.remaining()) > 0) {
				throw new BusinessRuleException("fulfillment.error.exceedsRemaining", left.position(),
						left.description(), line.quantity().stripTrailingZeros().toPlainString(),
						left.remaining().stripTrailingZeros().toPlainString(), left.unit());
			}
		}
	}

	private static ShipmentLine.Terms terms(ContractLineView line, BigDecimal quantity) {
		BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
		BigDecimal netPrice = line.unitPrice()
			.multiply(HUNDRED.subtract(discount))
			.divide(HUNDRED, 4, RoundingMode.HALF_UP);
		return new ShipmentLine.Terms(line.id(), line.productId(), line.description(), line.unit(), netPrice,
				quantity.setScale(3, RoundingMode.UNNECESSARY));
	}
}
