package org.trastienda.shared;

/** Valid input that a business rule refuses in the record's current state. Answers 422. */
public class BusinessRuleException extends LocalizedException {

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
