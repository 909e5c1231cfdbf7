package org.trastienda.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Path;

import org.springframework.data.jpa.domain.Specification;

/** The user list's filters as query predicates. */
final class UserQueries {

	private UserQueries() {
	}

	static Specification<AppUser> matching(UserFilter filter, Instant now) {
		List<Specification<AppUser>> parts = new ArrayList<>();
		if (filter.query() != null && !filter.query().isBlank()) {
			parts.add(containing(filter.query().trim()));
		}
		if (filter.role() != null) {
			parts.add(withRole(filter.role()));
		}
		if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
			parts.add((user, query, where) -> where.equal(user.get("region").get("code"), filter.regionCode()));
		}
		if (filter.status() != null) {
			parts.add(inStatus(filter.status(), now));
		}
		return Specification.allOf(parts);
	}

	static Specification<AppUser> withRole(Role role) {
		return (user, query, where) -> where.isMember(role, user.get("roles"));
	}

	static Specification<AppUser> enabledIn(Long regionId) {
		return (user, query, where) -> regionId == null ? where.isTrue(user.get("enabled"))
				: where.and(where.isTrue(user.get("enabled")), where.equal(user.get("region").get("id"), regionId));
	}

	private static Specification<AppUser> containing(String fragment) {
		String pattern = "%" + fragment.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
		return (user, query, where) -> where.or(
				where.like(where.lower(user.get("username")), pattern, '\\'),
				where.like(where.lower(user.get("fullName")), pattern, '\\'),
				where.like(where.lower(user.get("email")), pattern, '\\'));
	}

	private static Specification<AppUser> inStatus(AccountStatus status, Instant now) {
		return (user, query, where) -> {
			Path<Instant> lockedUntil = user.get("lockedUntil");
			var locked = where.and(where.isNotNull(lockedUntil), where.greaterThan(lockedUntil, now));
			var enabled = where.isTrue(user.get("enabled"));
			return switch (status) {
				case DISABLED -> where.not(enabled);
				case LOCKED -> where.and(enabled, locked);
				case ACTIVE -> where.and(enabled, where.not(locked));
			};
		};
	}
}
