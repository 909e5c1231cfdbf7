package org.trastienda;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SmokeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void loginPageIsOpenAndProtectedBySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Content-Security-Policy"));
	}

	@Test
	void anonymousVisitorIsSentToLogin() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/login"));
	}

	@Test
	void signedInUserSeesTheHomePageInSpanish() throws Exception {
		var clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		mvc.perform(get("/").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Inicio")));
	}
}
