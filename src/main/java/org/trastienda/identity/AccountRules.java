package org.trastienda.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.trastienda.shared.FieldError;

/** What makes account and region data valid; each check adds its field's error to the list. */
final class AccountRules {

	static final int MIN_PASSWORD_LENGTH = 10;

	/** bcrypt reads no further: a longer password would be silently cut. */
	static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

	/** Taken by the page that creates a user ({@code /admin/users/new}). */
	private static final Set<String> RESERVED_USERNAMES = Set.of("new");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern REGION_CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

	private AccountRules() {
	}

	static void username(String username, List<FieldError> errors) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			errors.add(new FieldError("username", "identity.user.username.invalid"));
		}
		else if (RESERVED_USERNAMES.contains(username)) {
			errors.add(new FieldError("username", "identity.user.username.reserved", username));
		}
	}

	static void password(String field, String password, List<FieldError> errors) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			errors.add(new FieldError(field, "identity.password.tooShort", MIN_PASSWORD_LENGTH));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			errors.add(new FieldError(field, "identity.password.tooLong", MAX_PASSWORD_BYTES));
		}
	}

	static void account(AccountData data, List<FieldError> errors) {
		text("fullName", data.fullName(), 160, "identity.user.fullName.invalid", errors);
		if (data.email() != null && !data.email().isBlank()
				&& (data.email().length() > 200 || !EMAIL.matcher(data.email().trim()).matches())) {
			errors.add(new FieldError("email", "identity.user.email.invalid"));
		}
		if (data.roles() == null || data.roles().isEmpty()) {
			errors.add(new FieldError("roles", "identity.user.roles.required"));
		}
		else if (data.roles().contains(Role.REGIONAL_MANAGER) && !hasText(data.regionCode())) {
			errors.add(new FieldError("regionCode", "identity.user.regionCode.requiredForManager"));
		}
		if (data.language() != null && !Accounts.LANGUAGES.contains(data.language())) {
			errors.add(new FieldError("language", "identity.user.language.invalid"));
		}
	}

	static void regionCode(String code, List<FieldError> errors) {
		if (code == null || !REGION_CODE.matcher(code).matches()) {
			errors.add(new FieldError("code", "identity.region.code.invalid"));
		}
	}

	static void regionName(String name, List<FieldError> errors) {
		text("name", name, 120, "identity.region.name.invalid", errors);
	}

	static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static void text(String field, String value, int maxLength, String key, List<FieldError> errors) {
		if (!hasText(value) || value.trim().length() > maxLength) {
			errors.add(new FieldError(field, key, maxLength));
		}
	}
}
