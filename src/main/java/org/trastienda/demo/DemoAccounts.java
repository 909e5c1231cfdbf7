package org.trastienda.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.identity.UserDirectory;
import org.trastienda.web.DemoLogins;

/** The demo logins the login page lists, while demo mode is on and the demo company exists. */
@Component
class DemoAccounts implements DemoLogins {

	private final DemoMode mode;

	private final UserDirectory users;

	DemoAccounts(DemoMode mode, UserDirectory users) {
		this.mode = mode;
		this.users = users;
	}

	@Override
	public List<DemoLogin> list() {
		if (!mode.enabled() || users.findByUsername(DemoStaff.BACK_OFFICE).isEmpty()) {
			return List.of();
		}
		return DemoStaff.MEMBERS.stream()
			.map(member -> new DemoLogin(member.username(), member.role().name(), DemoStaff.PASSWORD))
			.toList();
	}
}
