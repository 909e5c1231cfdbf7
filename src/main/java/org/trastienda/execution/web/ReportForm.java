package org.trastienda.execution.web;

/** Where to send the status report: a contact of the party or another address. */
public class ReportForm {

	private Long contactId;

	private String email;

	public Long getContactId() {
		return contactId;
	}

	public void setContactId(Long contactId) {
		this.contactId = contactId;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
