package org.trastienda.identity;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Repeated HTTP Basic calls skip bcrypt, yet a changed, disabled or locked account is refused at once. */
@IntegrationTest
class VerifiedCredentialsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	VerifiedCredentials verified;

	@Autowired
	AppUserRepository users;

	@Autowired
	Accounts accountService;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aVerifiedBasicCredentialIsRememberedUntilThePasswordChanges() throws Exception {
		UserSummary rep = accounts.user("cached", null, Role.SALES_REP);
		String hash = users.findByUsername(rep.username()).orElseThrow().getPasswordHash();
		assertThat(verified.contains(rep.username(), TestAccounts.PASSWORD, hash)).isFalse();

		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD))).andExpect(status().isOk());
		assertThat(verified.contains(rep.username(), TestAccounts.PASSWORD, hash)).isTrue();
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD))).andExpect(status().isOk());

		accountService.resetPassword(rep.username(), "a-brand-new-password");
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), "a-brand-new-password")))
			.andExpect(status().isOk());
	}

	@Test
	void aDisabledUserIsRefusedAtOnceThoughTheirCredentialIsRemembered() throws Exception {
		UserSummary admin = accounts.user("cacheadmin", null, Role.ADMIN);
		UserSummary rep = accounts.user("cachedoff", null, Role.SALES_REP);
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD))).andExpect(status().isOk());

		mvc.perform(put("/api/v1/users/{username}", rep.username())
			.with(httpBasic(admin.username(), TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\": \"Rep\", \"roles\": [\"SALES_REP\"], \"enabled\": false, \"version\": 0}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aLockedUserIsRefusedAtOnceThoughTheirCredentialIsRemembered() throws Exception {
		UserSummary rep = accounts.user("cachedlock", null, Role.SALES_REP);
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD))).andExpect(status().isOk());

		transactions.executeWithoutResult(status -> users.lockByUsername(rep.username()).orElseThrow()
			.recordFailedLogin(1, Instant.now().plusSeconds(900)));
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}
}
