package org.trastienda.reporting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page after login. */
@Controller
class DashboardController {

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String dashboard() {
		return "reporting/dashboard";
	}
}
