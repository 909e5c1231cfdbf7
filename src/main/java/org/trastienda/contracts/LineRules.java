package org.trastienda.contracts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;

/**
 * The rules every line obeys, in a draft and in an amendment: free text or a product, a
 * description and unit, a positive quantity with up to 3 decimals, a unit price with up to 4,
 * a discount and a VAT rate in percent. An {@code id} must name a line of the same contract.
 */
final class LineRules {

	static final int MAX_LINES = 500;

	private LineRules() {
	}

	/** Checks the lines into {@code checks} and returns them with their texts trimmed. */
	static List<ContractLineData> check(Checks checks, List<ContractLineData> lines, Set<Long> existingIds) {
		if (lines.size() > MAX_LINES) {
			checks.reject("lines", "contracts.error.tooManyLines", MAX_LINES);
			return lines;
		}
		List<ContractLineData> cleaned = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int index = 0; index < lines.size(); index++) {
			ContractLineData line = lines.get(index);
			String path = "lines[" + index + "].";
			int number = index + 1;
			if (line.id() != null && (!existingIds.contains(line.id()) || !seen.add(line.id()))) {
				checks.reject(path + "id", label("id", number), "contracts.error.line.unknown", line.id());
			}
			checkProduct(checks, path + "productId", number, line.productId());
			String description = Texts.clean(line.description());
			String unit = Texts.clean(line.unit());
			checks.text(path + "description", label("description", number), description, 500, true)
				.text(path + "unit", label("unit", number), unit, 20, true)
				.decimal(path + "quantity", label("quantity", number), line.quantity(), Checks.Bound.positive(), 3, 12)
				.decimal(path + "unitPrice", label("unitPrice", number), line.unitPrice(), Checks.Bound.atLeastZero(), 4,
						15);
			if (line.discountPercent() != null) {
				checks.decimal(path + "discountPercent", label("discountPercent", number), line.discountPercent(),
						Checks.Bound.percent(), 3, 3);
			}
			checks.decimal(path + "vatRate", label("vatRate", number), line.vatRate(), Checks.Bound.percent(), 2, 3);
			cleaned.add(new ContractLineData(line.id(), line.productId(), description, line.quantity(), unit,
					line.unitPrice(), line.discountPercent(), line.vatRate()));
		}
		return cleaned;
	}

	/**
	 * A product id is stored as given until the catalogue exists; then this is where a line
	 * naming a product the catalogue does not know is refused.
	 */
	private static void checkProduct(Checks checks, String path, int number, Long productId) {
		if (productId != null && productId <= 0) {
			checks.reject(path, label("productId", number), "contracts.error.product.unknown", productId);
		}
	}

	/** "Quantity of line 3". */
	static MessageSourceResolvable label(String field, int lineNumber) {
		return Labels.of("contracts.field.line." + field, lineNumber);
	}
}
