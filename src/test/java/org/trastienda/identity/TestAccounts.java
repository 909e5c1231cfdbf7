package org.trastienda.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Creates users and regions for tests through the real repositories, and signs requests in as
 * them with the same principal the login produces. Every user's password is {@link #PASSWORD}.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "password-for-tests";

	private final AppUserRepository users;

	private final RegionRepository regions;

	private final AccountDetailsService details;

	private final TransactionTemplate transactions;

	private final String passwordHash;

	TestAccounts(AppUserRepository users, RegionRepository regions, AccountDetailsService details,
			PasswordEncoder encoder, TransactionTemplate transactions) {
		this.users = users;
		this.regions = regions;
		this.details = details;
		this.transactions = transactions;
		this.passwordHash = encoder.encode(PASSWORD);
	}

	/** A region with a unique code starting with the prefix. */
	public RegionView region(String prefix) {
		String code = (prefix + "-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
		return transactions.execute(status -> regions.save(new Region(code, "Región " + code)).toView());
	}

	/** A user with a unique username starting with the prefix, holding the roles, in the region (or none). */
	public UserSummary user(String prefix, RegionView region, Role... roles) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return transactions.execute(status -> {
			Region entity = region == null ? null : regions.findById(region.id()).orElseThrow();
			AppUser user = users.save(new AppUser(username, "Test " + username, username + "@example.test",
					passwordHash, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)),
					entity));
			return new UserSummary(user.getId(), user.getUsername(), user.getFullName(), user.getEmail(),
					entity == null ? null : entity.getId(), entity == null ? null : entity.getCode(),
					user.getRoles(), true, false, user.getLanguage(), user.getVersion());
		});
	}

	/** Signs a MockMvc request in as the user, with the principal the real login builds. */
	public RequestPostProcessor as(UserSummary user) {
		var principal = details.loadUserByUsername(user.username());
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}
}
