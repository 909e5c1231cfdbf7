package org.trastienda.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Five failed logins in a row lock an account for fifteen minutes, whether through the form or HTTP Basic. */
@IntegrationTest
class LockoutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AppUserRepository users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	void fiveFailedFormLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
		UserSummary rep = accounts.user("formlock", null, Role.SALES_REP);
		for (int i = 0; i < LoginAttempts.THRESHOLD; i++) {
			failFormLogin(rep);
		}

		mvc.perform(formLogin("/login").user(rep.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());

		AppUser locked = users.findByUsername(rep.username()).orElseThrow();
		assertThat(locked.getLockedUntil()).isBetween(Instant.now().plus(LoginAttempts.LOCK_DURATION).minusSeconds(60),
				Instant.now().plus(LoginAttempts.LOCK_DURATION));
		assertThat(locked.getVersion()).as("login bookkeeping leaves the edited record's version alone")
			.isEqualTo(rep.version());
	}

	@Test
	void formAndBasicFailuresCountTowardTheSameLock() throws Exception {
		UserSummary clerk = accounts.user("sharedlock", null, Role.BACK_OFFICE);
		for (int i = 0; i < 3; i++) {
			failFormLogin(clerk);
		}
		mvc.perform(get("/api/v1/me").with(httpBasic(clerk.username(), "wrong-password")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(clerk.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		for (int i = 0; i < 4; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(clerk.username(), "wrong-password")));
		}
		assertThat(users.findByUsername(clerk.username()).orElseThrow().isLockedAt(Instant.now()))
			.as("a success in between starts the count again").isFalse();

		failFormLogin(clerk);
		mvc.perform(get("/api/v1/me").with(httpBasic(clerk.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user(clerk.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theLockRunsOutAfterItsTime() throws Exception {
		UserSummary rep = accounts.user("expiry", null, Role.SALES_REP);
		for (int i = 0; i < LoginAttempts.THRESHOLD; i++) {
			failFormLogin(rep);
		}
		transactions.executeWithoutResult(status -> users.lockByUsername(rep.username()).orElseThrow()
			.recordFailedLogin(1, Instant.now().minus(Duration.ofSeconds(1))));

		mvc.perform(formLogin("/login").user(rep.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(rep.username()));
		AppUser user = users.findByUsername(rep.username()).orElseThrow();
		assertThat(user.getLockedUntil()).isNull();
		assertThat(user.getFailedLogins()).isZero();
	}

	@Test
	void anAdministratorUnlocksBeforeTheTimeRunsOut() throws Exception {
		UserSummary admin = accounts.user("unlocker", null, Role.ADMIN);
		UserSummary rep = accounts.user("unlocked", null, Role.SALES_REP);
		for (int i = 0; i < LoginAttempts.THRESHOLD; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), "wrong-password")));
		}
		mvc.perform(formLogin("/login").user(rep.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		mvc.perform(post("/admin/users/{username}/unlock", rep.username()).with(csrf()).with(accounts.as(admin)))
			.andExpect(redirectedUrl("/admin/users/" + rep.username()));

		mvc.perform(formLogin("/login").user(rep.username()).password(TestAccounts.PASSWORD))
			.andExpect(authenticated().withUsername(rep.username()));
	}

	@Test
	void concurrentFailuresAllCount() throws Exception {
		UserSummary rep = accounts.user("parallel", null, Role.SALES_REP);
		ExecutorService pool = Executors.newFixedThreadPool(LoginAttempts.THRESHOLD);
		try {
			List<Callable<Exception>> attempts = new ArrayList<>();
			for (int i = 0; i < LoginAttempts.THRESHOLD; i++) {
				attempts.add(() -> {
					try {
						authenticationManager.authenticate(
								UsernamePasswordAuthenticationToken.unauthenticated(rep.username(), "wrong-password"));
						return null;
					}
					catch (Exception ex) {
						return ex;
					}
				});
			}
			for (Future<Exception> outcome : pool.invokeAll(attempts)) {
				assertThat(outcome.get()).isInstanceOfAny(BadCredentialsException.class, LockedException.class);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(users.findByUsername(rep.username()).orElseThrow().isLockedAt(Instant.now())).isTrue();
	}

	private void failFormLogin(UserSummary user) throws Exception {
		mvc.perform(formLogin("/login").user(user.username()).password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}
}
