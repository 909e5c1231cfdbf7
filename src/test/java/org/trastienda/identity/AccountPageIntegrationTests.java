package org.trastienda.identity;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What every signed-in user does to their own account: password and language. */
@IntegrationTest
class AccountPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDirectory directory;

	@Autowired
	AuditTrail audit;

	@Test
	void anyUserChangesTheirPasswordKnowingTheCurrentOne() throws Exception {
		UserSummary rep = accounts.user("ownpwd", null, Role.SALES_REP);
		mvc.perform(get("/account/password").with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-post=\"/account/password\"")));

		mvc.perform(post("/account/password").with(csrf()).with(accounts.as(rep)).header("HX-Request", "true")
			.param("currentPassword", "not-my-password").param("newPassword", "corta").param("confirmPassword", "corta"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("La contraseña actual no es correcta"),
					containsString("al menos 10 caracteres"), not(containsString("<html")))));
		mvc.perform(post("/account/password").with(csrf()).with(accounts.as(rep)).header("HX-Request", "true")
			.param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "mi-clave-nueva")
			.param("confirmPassword", "mi-clave-distinta"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Las dos contraseñas no coinciden")));

		mvc.perform(post("/account/password").with(csrf()).with(accounts.as(rep)).header("HX-Request", "true")
			.param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "mi-clave-nueva")
			.param("confirmPassword", "mi-clave-nueva"))
			.andExpect(header().string("HX-Redirect", "/"))
			.andExpect(flash().attribute("flashSuccess", "Contraseña cambiada."));

		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), "mi-clave-nueva"))).andExpect(status().isOk());
		assertThat(audit.history(Accounts.USER, rep.id())).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("passwordChanged");
			assertThat(entry.summary()).isEqualTo("password changed");
			assertThat(entry.changes()).isEmpty();
		});
	}

	@Test
	void theFlashMessageShowsOnThePageHtmxGoesTo() throws Exception {
		UserSummary rep = accounts.user("flash", null, Role.SALES_REP);
		Cookie session = mvc.perform(formLogin("/login").user(rep.username()).password(TestAccounts.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post("/account/password").with(csrf()).cookie(session).header("HX-Request", "true")
			.param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "mi-clave-nueva")
			.param("confirmPassword", "mi-clave-nueva"))
			.andExpect(header().string("HX-Redirect", "/"));
		mvc.perform(get("/").cookie(session))
			.andExpect(content().string(containsString("Contraseña cambiada.")));
	}

	@Test
	void aLanguagePickIsSavedToTheProfileAndAppliedAtTheNextLogin() throws Exception {
		UserSummary rep = accounts.user("lang", null, Role.SALES_REP);
		mvc.perform(get("/").param("lang", "en").with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(cookie().value("trastienda-lang", "en"))
			.andExpect(content().string(containsString("Home")));
		assertThat(directory.requireByUsername(rep.username()).language()).isEqualTo("en");
		assertThat(audit.history(Accounts.USER, rep.id())).singleElement()
			.extracting(AuditEntryView::changes).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(new Change("language", "es", "en"));

		mvc.perform(formLogin("/login").user(rep.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(cookie().value("trastienda-lang", "en"));
	}

	@Test
	void anAnonymousLanguagePickOnlySetsTheCookie() throws Exception {
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(cookie().value("trastienda-lang", "en"))
			.andExpect(content().string(containsString("Sign in")));
	}
}
