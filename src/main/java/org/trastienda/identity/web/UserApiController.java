package org.trastienda.identity.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.identity.AccountStatus;
import org.trastienda.identity.Accounts;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserFilter;
import org.trastienda.identity.UserSummary;
import org.trastienda.web.Paging;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "Accounts, roles and regions of the users (administrators only)")
class UserApiController {

	private final Accounts accounts;

	private final UserDirectory directory;

	UserApiController(Accounts accounts, UserDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "List users", description = "Sort by username, fullName, email, regionCode, enabled or language.")
	PagedModel<UserResource> list(
			@Parameter(description = "fragment of username, full name or e-mail") @RequestParam(required = false) String q,
			@RequestParam(required = false) Role role, @RequestParam(required = false) String region,
			@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(example = "fullName,asc") @RequestParam(required = false) String sort) {
		Paging.Request paging = Paging.of(page, size, sort, SortableFields.USERS, "username");
		return new PagedModel<>(
				directory.find(new UserFilter(q, role, region, status), paging.pageable()).map(UserResource::of));
	}

	@PostMapping
	@Operation(summary = "Create a user", description = "409 when the username is taken.")
	ResponseEntity<UserResource> create(@RequestBody UserResource user) {
		UserSummary created = accounts.create(user.username(), user.password(), user.toData());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
			.body(UserResource.of(created));
	}

	@GetMapping("/{username}")
	@Operation(summary = "One user")
	UserResource get(@PathVariable String username) {
		return UserResource.of(directory.requireByUsername(username));
	}

	@PutMapping("/{username}")
	@Operation(summary = "Update a user", description = "Send the version you read: 409 when it is stale. "
			+ "A password resets it.")
	UserResource update(@PathVariable String username, @RequestBody UserResource user) {
		return UserResource.of(accounts.update(username, user.toData(), user.password(), user.version()));
	}

	@PostMapping("/{username}/unlock")
	@Operation(summary = "Lift a lockout caused by failed logins")
	UserResource unlock(@PathVariable String username) {
		return UserResource.of(accounts.unlock(username));
	}
}
