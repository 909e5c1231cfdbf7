package org.trastienda.shared;

import java.util.List;

/** An error whose text is a message key with arguments, translated for the caller. */
public abstract class LocalizedException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	protected LocalizedException(String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
