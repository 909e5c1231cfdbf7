package org.trastienda.shared;

/** The request collides with existing data (a duplicate, a stale version). Answers 409. */
public class ConflictException extends LocalizedException {

	private final String field;

	public ConflictException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** A stale edit: the record changed since the caller read it. */
	public static ConflictException staleVersion() {
		return new ConflictException("version", "error.staleVersion");
	}

	/** The field the conflict is about, or null. */
	public String field() {
		return field;
	}
}
