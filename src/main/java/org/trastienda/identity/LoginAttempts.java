package org.trastienda.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The lockout policy: five failed logins in a row lock an account for fifteen minutes. */
@Component
class LoginAttempts {

	static final int THRESHOLD = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final AppUserRepository users;

	private final Clock clock;

	LoginAttempts(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		users.findByUsername(username)
				.ifPresent(user -> user.recordFailedLogin(THRESHOLD, clock.instant().plus(LOCK_DURATION)));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		users.findByUsername(username)
				.filter(user -> user.getFailedLogins() > 0 || user.getLockedUntil() != null)
				.ifPresent(AppUser::recordSuccessfulLogin);
	}
}
