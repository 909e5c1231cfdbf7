package org.trastienda.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password authentication with the lockout policy, shared by the login form and HTTP Basic so
 * both count toward the same five failures. The account is loaded and its enabled and locked
 * state checked on every attempt; only the password comparison may come from
 * {@link VerifiedCredentials}.
 */
class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginAttempts attempts;

	private final VerifiedCredentials verified;

	LockoutAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, LoginAttempts attempts,
			VerifiedCredentials verified) {
		super(accounts);
		setPasswordEncoder(encoder);
		this.attempts = attempts;
		this.verified = verified;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			return super.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			attempts.failed(authentication.getName());
			throw ex;
		}
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken token) {
		Object credentials = token.getCredentials();
		if (credentials != null && verified.contains(user.getUsername(), credentials.toString(), user.getPassword())) {
			return;
		}
		super.additionalAuthenticationChecks(user, token);
		verified.remember(user.getUsername(), credentials.toString(), user.getPassword());
	}

	/**
	 * Clears the account's recorded login failures, if it has any: HTTP Basic authenticates every API
	 * call, which would otherwise cost a transaction each time. The principal kept in the session carries no
	 * password hash.
	 */
	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		SignedInUser signedIn = (SignedInUser) principal;
		if (signedIn.loginFailures()) {
			attempts.succeeded(signedIn.getUsername());
		}
		return super.createSuccessAuthentication(signedIn.withoutPasswordHash(), authentication, user);
	}
}
