package org.trastienda.shared;

/** An upload larger than the application accepts (20 MB). Answers 413. */
public class PayloadTooLargeException extends LocalizedException {

	public PayloadTooLargeException() {
		super("error.tooLarge");
	}
}
