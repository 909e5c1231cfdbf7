package org.trastienda.fulfillment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * The rows of a quantities form: only rows with a quantity go to the service, and the service's
 * errors on {@code lines[i]} (its list) are moved back to the row they came from.
 */
abstract class LineRows {

	private static final Pattern LINE_PATH = Pattern.compile("^lines\\[(\\d+)](.*)$");

	private List<LineRow> lines = new ArrayList<>();

	/** The rows with a quantity, as the service's lines. */
	<T> List<T> filled(BiFunction<Long, BigDecimal, T> line) {
		return lines.stream().filter(row -> row.getQuantity() != null)
			.map(row -> line.apply(row.getLineId(), row.getQuantity()))
			.toList();
	}

	/** Runs the service call, answering its errors on the rows of this form. */
	<T> T onRows(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (InvalidInputException invalid) {
			List<Integer> filled = new ArrayList<>();
			for (int index = 0; index < lines.size(); index++) {
				if (lines.get(index).getQuantity() != null) {
					filled.add(index);
				}
			}
			throw new InvalidInputException(invalid.errors().stream().map(error -> {
				Matcher path = LINE_PATH.matcher(error.field());
				if (!path.matches() || Integer.parseInt(path.group(1)) >= filled.size()) {
					return error;
				}
				int row = filled.get(Integer.parseInt(path.group(1)));
				String field = "lines[" + row + "]"
						+ path.group(2).replace("contractLineId", "quantity").replace("shipmentLineId", "quantity");
				return new FieldError(field, error.messageKey(), numbered(error.arguments(), row + 1));
			}).toList());
		}
	}

	/** The arguments with the field's label ("Quantity of line 2") numbering the form's row. */
	private static List<Object> numbered(List<Object> arguments, int rowNumber) {
		List<Object> renumbered = new ArrayList<>(arguments);
		if (!renumbered.isEmpty() && renumbered.get(0) instanceof MessageSourceResolvable label) {
			renumbered.set(0, new DefaultMessageSourceResolvable(label.getCodes(), new Object[] { rowNumber },
					label.getDefaultMessage()));
		}
		return renumbered;
	}

	public List<LineRow> getLines() {
		return lines;
	}

	public void setLines(List<LineRow> lines) {
		this.lines = lines;
	}
}
