package org.trastienda.identity.web;

/** An administrator setting a user's password. */
public class PasswordResetForm {

	private String password;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
