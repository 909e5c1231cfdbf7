package org.trastienda.documents;

import java.util.List;

import org.trastienda.shared.FieldError;

/**
 * What a checked row of an import would do: create a record, update one, leave one as it is, or
 * nothing because of the errors found.
 *
 * @param <P> what {@link ImportTarget#write} needs to carry the row out
 */
public record PlannedRow<P>(Outcome outcome, P write, List<FieldError> errors) {

	public enum Outcome {
		CREATE, UPDATE, UNCHANGED, REJECTED
	}

	public static <P> PlannedRow<P> create(P write) {
		return new PlannedRow<>(Outcome.CREATE, write, List.of());
	}

	public static <P> PlannedRow<P> update(P write) {
		return new PlannedRow<>(Outcome.UPDATE, write, List.of());
	}

	public static <P> PlannedRow<P> unchanged() {
		return new PlannedRow<>(Outcome.UNCHANGED, null, List.of());
	}

	/** A row that cannot be written, with every reason (field paths as the API names them). */
	public static <P> PlannedRow<P> rejected(List<FieldError> errors) {
		return new PlannedRow<>(Outcome.REJECTED, null, List.copyOf(errors));
	}
}
