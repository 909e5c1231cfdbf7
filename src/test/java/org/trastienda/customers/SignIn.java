package org.trastienda.customers;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

/** Signs the test thread in as a user through the real login, for tests that call services directly. */
@Component
public class SignIn {

	private final AuthenticationManager authentication;

	SignIn(AuthenticationManager authentication) {
		this.authentication = authentication;
	}

	public void as(UserSummary user) {
		SecurityContextHolder.getContext()
			.setAuthentication(authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(user.username(), TestAccounts.PASSWORD)));
	}

	public void out() {
		SecurityContextHolder.clearContext();
	}
}
