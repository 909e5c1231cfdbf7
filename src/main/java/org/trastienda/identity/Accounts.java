package org.trastienda.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Change;
import org.trastienda.audit.Changes;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * Managing accounts and regions: what administrators do to users (create, edit, unlock, reset a
 * password) and what every user does to their own account (password, language). Every change
 * goes to the audit trail, passwords only as the fact that they changed.
 */
@Service
@Transactional
public class Accounts {

	/** The languages a user may choose, Spanish first (the default). */
	public static final List<String> LANGUAGES = List.of("es", "en");

	static final String USER = "user";

	static final String REGION = "region";

	/** The actor of changes no signed-in user made (lockouts, seeding). */
	static final String SYSTEM = "system";

	private final AppUserRepository users;

	private final RegionRepository regions;

	private final UserDirectory directory;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final FindByIndexNameSessionRepository<?> sessions;

	Accounts(AppUserRepository users, RegionRepository regions, UserDirectory directory, PasswordEncoder encoder,
			AuditTrail audit, FindByIndexNameSessionRepository<?> sessions) {
		this.users = users;
		this.regions = regions;
		this.directory = directory;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** Creates an account; 409 when the username is taken. */
	public UserSummary create(String username, String password, AccountData data) {
		List<FieldError> errors = new ArrayList<>();
		AccountRules.username(username, errors);
		AccountRules.password("password", password, errors);
		AccountRules.account(data, errors);
		Region region = region(data.regionCode(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (users.existsByUsername(username)) {
			throw new ConflictException("username", "identity.user.username.taken", username);
		}
		AppUser user = new AppUser(username, data.fullName().trim(), emptyToNull(data.email()),
				encoder.encode(password), data.roles(), region);
		if (Boolean.FALSE.equals(data.enabled())) {
			user.disable();
		}
		if (data.language() != null) {
			user.changeLanguage(data.language());
		}
		users.save(user);
		Snapshot created = Snapshot.of(user);
		audit.record(USER, user.getId(), null, "created", username, actor(), new Changes()
			.created("username", username)
			.created("fullName", created.fullName())
			.created("email", created.email())
			.created("roles", created.roles())
			.created("regionCode", created.regionCode())
			.created("enabled", created.enabled())
			.created("language", created.language())
			.list());
		return directory.summary(user);
	}

	/**
	 * Changes an account as of the version the administrator read (409 when it is stale); a
	 * non-empty {@code newPassword} also resets the password.
	 */
	public UserSummary update(String username, AccountData data, String newPassword, Long version) {
		AppUser user = user(username);
		List<FieldError> errors = new ArrayList<>();
		AccountRules.account(data, errors);
		Region region = region(data.regionCode(), errors);
		if (AccountRules.hasText(newPassword)) {
			AccountRules.password("password", newPassword, errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Versions.requireCurrent(version, user.getVersion());
		boolean enabled = data.enabled() == null ? user.isEnabled() : data.enabled();
		if (username.equals(actor()) && (!enabled || !data.roles().contains(Role.ADMIN))) {
			throw new BusinessRuleException("identity.user.cannotLockOutSelf");
		}
		Snapshot before = Snapshot.of(user);
		user.update(data.fullName().trim(), emptyToNull(data.email()), data.roles(), region, enabled);
		if (data.language() != null) {
			user.changeLanguage(data.language());
		}
		Snapshot after = Snapshot.of(user);
		Changes changes = new Changes()
			.field("fullName", before.fullName(), after.fullName())
			.field("email", before.email(), after.email())
			.field("roles", before.roles(), after.roles())
			.field("regionCode", before.regionCode(), after.regionCode())
			.field("enabled", before.enabled(), after.enabled())
			.field("language", before.language(), after.language());
		if (!changes.isEmpty()) {
			audit.record(USER, user.getId(), null, "updated", username, actor(), changes.list());
		}
		if (AccountRules.hasText(newPassword)) {
			resetPasswordOf(user, newPassword);
		}
		if (before.enabled() && !after.enabled()) {
			endSessions(username);
		}
		return directory.summary(users.saveAndFlush(user));
	}

	/** Lifts a lockout before it runs out. */
	public UserSummary unlock(String username) {
		AppUser user = user(username);
		if (user.getLockedUntil() != null || user.getFailedLogins() > 0) {
			user.unlock();
			audit.record(USER, user.getId(), null, "unlocked", username, actor(), List.of());
		}
		return directory.summary(user);
	}

	/** An administrator sets a new password; the user's open sessions end. */
	public void resetPassword(String username, String newPassword) {
		AppUser user = user(username);
		requireValid("password", newPassword);
		resetPasswordOf(user, newPassword);
	}

	/** The signed-in user changes their password, proving they know the current one. */
	public void changeOwnPassword(String currentPassword, String newPassword) {
		AppUser user = user(directory.requireCurrent().username());
		List<FieldError> errors = new ArrayList<>();
		if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
			errors.add(new FieldError("currentPassword", "identity.password.currentWrong"));
		}
		AccountRules.password("newPassword", newPassword, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		user.changePasswordHash(encoder.encode(newPassword));
		audit.record(USER, user.getId(), null, "passwordChanged", "password changed", actor(), List.of());
	}

	/** The signed-in user's language for pages and mail ({@code es} or {@code en}). */
	public void changeOwnLanguage(String language) {
		if (language == null || !LANGUAGES.contains(language)) {
			throw new InvalidInputException(new FieldError("language", "identity.user.language.invalid"));
		}
		AppUser user = user(directory.requireCurrent().username());
		if (!language.equals(user.getLanguage())) {
			audit.record(USER, user.getId(), null, "updated", user.getUsername(), actor(),
					List.of(new Change("language", user.getLanguage(), language)));
			user.changeLanguage(language);
		}
	}

	/** Creates a region; 409 when the code is taken. */
	public RegionView createRegion(String code, String name) {
		List<FieldError> errors = new ArrayList<>();
		AccountRules.regionCode(code, errors);
		AccountRules.regionName(name, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (regions.findByCode(code).isPresent()) {
			throw new ConflictException("code", "identity.region.code.taken", code);
		}
		Region region = regions.save(new Region(code, name.trim()));
		audit.record(REGION, region.getId(), null, "created", code, actor(),
				new Changes().created("code", code).created("name", region.getName()).list());
		return region.toView();
	}

	/** Renames a region as of the version the administrator read (409 when it is stale). */
	public RegionView renameRegion(String code, String name, Long version) {
		Region region = regions.findByCode(code).orElseThrow(() -> new NotFoundException(REGION, code));
		List<FieldError> errors = new ArrayList<>();
		AccountRules.regionName(name, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Versions.requireCurrent(version, region.getVersion());
		Changes changes = new Changes().field("name", region.getName(), name.trim());
		if (!changes.isEmpty()) {
			region.rename(name.trim());
			audit.record(REGION, region.getId(), null, "updated", code, actor(), changes.list());
		}
		return regions.saveAndFlush(region).toView();
	}

	private void resetPasswordOf(AppUser user, String newPassword) {
		user.changePasswordHash(encoder.encode(newPassword));
		audit.record(USER, user.getId(), null, "passwordReset", "password changed", actor(), List.of());
		endSessions(user.getUsername());
	}

	private static void requireValid(String field, String password) {
		List<FieldError> errors = new ArrayList<>();
		AccountRules.password(field, password, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** Signs the user out everywhere: a disabled or re-passworded account keeps no open session. */
	private void endSessions(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

	private AppUser user(String username) {
		return users.findByUsername(username).orElseThrow(() -> new NotFoundException(USER, username));
	}

	private Region region(String code, List<FieldError> errors) {
		if (!AccountRules.hasText(code)) {
			return null;
		}
		Region region = regions.findByCode(code).orElse(null);
		if (region == null) {
			errors.add(new FieldError("regionCode", "identity.user.regionCode.unknown", code));
		}
		return region;
	}

	private String actor() {
		return directory.current().map(CurrentUser::username).orElse(SYSTEM);
	}

	private static String emptyToNull(String value) {
		return AccountRules.hasText(value) ? value.trim() : null;
	}

	/** The audited fields of an account, as text. */
	private record Snapshot(String fullName, String email, String roles, String regionCode, boolean enabled,
			String language) {

		static Snapshot of(AppUser user) {
			return new Snapshot(user.getFullName(), user.getEmail(),
					user.getRoles().stream().sorted().map(Role::name).collect(Collectors.joining(", ")),
					user.getRegion() == null ? null : user.getRegion().getCode(), user.isEnabled(), user.getLanguage());
		}
	}
}
