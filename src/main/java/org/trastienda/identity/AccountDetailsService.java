package org.trastienda.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	AccountDetailsService(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = users.findByUsername(username)
				.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new SignedInUser(user.toCurrentUser(), user.getPasswordHash(), user.isEnabled(),
				user.isLockedAt(clock.instant()), user.hasLoginFailures());
	}
}
