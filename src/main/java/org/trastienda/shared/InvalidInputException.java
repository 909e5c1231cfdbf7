package org.trastienda.shared;

import java.util.List;

/** Input that breaks a validation rule; nothing was written. Answers 400. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super("invalid input: " + errors.stream().map(FieldError::field).toList());
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(FieldError error) {
		this(List.of(error));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
