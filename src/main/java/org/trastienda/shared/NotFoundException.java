package org.trastienda.shared;

/** The record does not exist or lies outside the caller's data scope. Answers 404. */
public class NotFoundException extends LocalizedException {

	public NotFoundException(String what, Object id) {
		super("error.notFound", what, id);
	}
}
