package org.trastienda.identity.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;

@RestController
@Tag(name = "Me", description = "The authenticated user")
class MeApiController {

	record Me(String username, String fullName, String email, Set<Role> roles, String regionCode, String language) {
	}

	private final UserDirectory directory;

	MeApiController(UserDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/me")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Who is calling: profile, roles and region")
	Me me() {
		UserSummary user = directory.requireByUsername(directory.requireCurrent().username());
		return new Me(user.username(), user.fullName(), user.email(), user.roles(), user.regionCode(),
				user.language());
	}
}
