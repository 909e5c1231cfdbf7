package org.trastienda.identity.web;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

import org.trastienda.identity.AccountData;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserSummary;

/** A user in the API; {@code password} is only ever written, {@code locked} only ever read. */
record UserResource(
		@Schema(example = "ana.garcia", description = "3 to 60 characters: a-z, 0-9, dot, dash, underscore") String username,
		String fullName, String email, Set<Role> roles,
		@Schema(description = "the user's region, or null for none") String regionCode,
		@Schema(description = "omitted: true for a new user, unchanged on update") Boolean enabled,
		@JsonProperty(access = JsonProperty.Access.READ_ONLY) @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "locked by failed logins; POST .../unlock lifts it") Boolean locked,
		@Schema(allowableValues = { "es", "en" }) String language,
		@Schema(description = "the version read; required on update") Long version,
		@JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @Schema(accessMode = Schema.AccessMode.WRITE_ONLY,
				description = "at least 10 characters; required on create, on update resets the password") String password) {

	static UserResource of(UserSummary user) {
		return new UserResource(user.username(), user.fullName(), user.email(), user.roles(), user.regionCode(),
				user.enabled(), user.locked(), user.language(), user.version(), null);
	}

	AccountData toData() {
		return new AccountData(fullName, email, roles, regionCode, enabled, language);
	}
}
