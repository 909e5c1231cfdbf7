package org.trastienda.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Change;

/**
 * The lockout policy: five failed logins in a row lock an account for fifteen minutes. Each
 * outcome commits on its own, whatever happens to the request that tried to log in.
 */
@Component
class LoginAttempts {

	static final int THRESHOLD = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final AppUserRepository users;

	private final AuditTrail audit;

	private final Clock clock;

	LoginAttempts(AppUserRepository users, AuditTrail audit, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		users.lockByUsername(username).ifPresent(user -> {
			Instant lockUntil = clock.instant().plus(LOCK_DURATION);
			if (user.recordFailedLogin(THRESHOLD, lockUntil)) {
				log.warn("Account {} locked until {} after {} failed logins", username, lockUntil, THRESHOLD);
				audit.record(Accounts.USER, user.getId(), null, "locked", THRESHOLD + " failed logins in a row",
						Accounts.SYSTEM, List.of(new Change("lockedUntil", null, lockUntil.toString())));
			}
		});
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		users.clearFailedLogins(username);
	}
}
