package org.trastienda.web;

import java.util.List;

/** The demo accounts shown on the login page while demo mode is on; implemented by the demo module. */
public interface DemoLogins {

	/** A demo account: username, the role it shows, the shared demo password. */
	record DemoLogin(String username, String role, String password) {
	}

	List<DemoLogin> list();
}
