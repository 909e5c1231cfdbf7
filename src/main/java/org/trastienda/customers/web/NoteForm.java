package org.trastienda.customers.web;

/** A new note on a customer. */
public class NoteForm {

	private String body;

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}
