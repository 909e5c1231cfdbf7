package org.trastienda.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs seeding work as a demo user: the services take the actor of every change and the rights
 * from the signed-in user, so the demo's history reads as if those people had done it.
 */
@Component
class ActingAs {

	private final UserDetailsService users;

	ActingAs(UserDetailsService users) {
		this.users = users;
	}

	/** The user as signed in, loaded once and reused for every piece of work done as them. */
	Authentication signIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	void run(Authentication user, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(user);
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The work's result, done as the user. */
	<T> T call(Authentication user, Supplier<T> work) {
		List<T> result = new ArrayList<>(1);
		run(user, () -> result.add(work.get()));
		return result.get(0);
	}
}
