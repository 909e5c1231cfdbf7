package org.trastienda.reporting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.UserDirectory;

/** The home page after login: figures in the signed-in user's data scope. */
@Controller
class DashboardController {

	private static final int LIST_SIZE = 10;

	private final DashboardQueries queries;

	private final UserDirectory users;

	DashboardController(DashboardQueries queries, UserDirectory users) {
		this.queries = queries;
		this.users = users;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String dashboard(Model model) {
		DataScope scope = users.requireCurrent().scope();
		var byKind = queries.customersByKind(scope);
		model.addAttribute("scope", scope.kind());
		model.addAttribute("customerCount", byKind.stream().mapToLong(DashboardQueries.KindCount::count).sum());
		model.addAttribute("byKind", byKind);
		model.addAttribute("byRegion", queries.customersByRegion(scope));
		model.addAttribute("certificates", queries.certificates(scope, LIST_SIZE));
		model.addAttribute("activity", queries.latestActivity(scope, LIST_SIZE));
		return "reporting/dashboard";
	}
}
