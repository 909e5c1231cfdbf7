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

	/** One row of a split of the customers: its label (a message key or a name), the filtered list, the count. */
	record Share(String labelKey, String label, String href, long count) {
	}

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
		model.addAttribute("byKind", byKind.stream()
			.map(kind -> new Share("customers.ui.kind." + kind.kind(), null, "/customers?kind=" + kind.kind(), kind.count()))
			.toList());
		model.addAttribute("byRegion", queries.customersByRegion(scope).stream()
			.map(region -> region.regionCode() == null ? new Share("reporting.noRegion", null, null, region.count())
					: new Share(null, region.regionName(), "/customers?region=" + region.regionCode(), region.count()))
			.toList());
		model.addAttribute("certificates", queries.certificates(scope, LIST_SIZE));
		model.addAttribute("activity", queries.latestActivity(scope, LIST_SIZE));
		return "reporting/dashboard";
	}
}
