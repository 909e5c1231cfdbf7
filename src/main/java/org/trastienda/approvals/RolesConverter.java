package org.trastienda.approvals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.trastienda.identity.Role;

/** A set of roles as the comma-separated codes of a rule tier's {@code roles} column. */
@Converter
class RolesConverter implements AttributeConverter<Set<Role>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<Role> convertToEntityAttribute(String codes) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (codes != null && !codes.isBlank()) {
			Arrays.stream(codes.split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}
}
