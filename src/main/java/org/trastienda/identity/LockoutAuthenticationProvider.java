package org.trastienda.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password authentication with the lockout policy, shared by the login form and HTTP Basic so
 * both count toward the same five failures.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginAttempts attempts;

	LockoutAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, LoginAttempts attempts) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		try {
			Authentication result = passwords.authenticate(authentication);
			attempts.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			attempts.failed(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
