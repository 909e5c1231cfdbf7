package org.trastienda.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trastienda.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityIntegrationTests {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void formLoginSignsInWithTheRightPasswordOnly() throws Exception {
		UserSummary clerk = accounts.user("login", null, Role.BACK_OFFICE);
		mvc.perform(formLogin("/login").user(clerk.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(clerk.username()).withRoles("BACK_OFFICE")
				.withAuthentication(signedIn -> assertThat(((UserDetails) signedIn.getPrincipal()).getPassword())
					.as("the session keeps no password hash").isNull()));
		mvc.perform(formLogin("/login").user(clerk.username()).password("not-the-password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user("nobody-" + System.nanoTime()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user(clerk.username()).password("x".repeat(200)))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void formPostsRequireTheCsrfToken() throws Exception {
		UserSummary admin = accounts.user("csrfadmin", null, Role.ADMIN);
		mvc.perform(post("/login").param("username", admin.username()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/regions").with(accounts.as(admin)).param("code", "CSRF").param("name", "Csrf"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/password").with(accounts.as(admin)).param("currentPassword", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(accounts.as(admin))).andExpect(status().isForbidden());
	}

	@Test
	void loginGivesANewSessionIdAndTheOldOneStaysSignedOut() throws Exception {
		UserSummary clerk = accounts.user("fixation", null, Role.BACK_OFFICE);
		MvcResult loginPage = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie before = loginPage.getResponse().getCookie("SESSION");
		assertThat(before).as("the login page's session (it holds the CSRF token)").isNotNull();
		Matcher token = CSRF_INPUT.matcher(loginPage.getResponse().getContentAsString());
		assertThat(token.find()).isTrue();

		MvcResult login = mvc.perform(post("/login").cookie(before).param("_csrf", token.group(1))
			.param("username", clerk.username()).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());

		mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(before)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void disablingAUserEndsTheirOpenSessions() throws Exception {
		UserSummary admin = accounts.user("sessadmin", null, Role.ADMIN);
		UserSummary rep = accounts.user("sessrep", null, Role.SALES_REP);
		Cookie session = mvc.perform(formLogin("/login").user(rep.username()).password(TestAccounts.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		mvc.perform(put("/api/v1/users/{username}", rep.username()).with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\": \"Rep\", \"roles\": [\"SALES_REP\"], \"enabled\": false, \"version\": 0}"))
			.andExpect(status().isOk());
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void pagesAndApiCarryContentSecurityPolicyAndFrameDenial() throws Exception {
		UserSummary clerk = accounts.user("headers", null, Role.BACK_OFFICE);
		mvc.perform(get("/").with(accounts.as(clerk)))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
		mvc.perform(get("/api/v1/me").with(httpBasic(clerk.username(), TestAccounts.PASSWORD)))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Content-Security-Policy"));
	}

	@Test
	void apiCallsCreateNoSession() throws Exception {
		UserSummary clerk = accounts.user("stateless", null, Role.BACK_OFFICE);
		mvc.perform(get("/api/v1/me").with(httpBasic(clerk.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(get("/api/v1/regions").with(httpBasic(clerk.username(), "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(post("/api/v1/regions").with(httpBasic(clerk.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void answers401AsProblemDetailsInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/me").header("Accept-Language", "es"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)))
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("Se requiere autenticación."));
		mvc.perform(get("/api/v1/me").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Authentication is required."));
	}

	@Test
	void answers403AsProblemDetailsInTheCallersLanguage() throws Exception {
		UserSummary rep = accounts.user("forbidden", null, Role.SALES_REP);
		mvc.perform(get("/api/v1/users").with(httpBasic(rep.username(), TestAccounts.PASSWORD))
			.header("Accept-Language", "es"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)))
			.andExpect(jsonPath("$.detail").value("No tiene permiso para esta operación."));
		mvc.perform(get("/api/v1/users").with(httpBasic(rep.username(), TestAccounts.PASSWORD))
			.header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("You are not allowed to do this."));
	}

	@Test
	void keepsUserAdministrationFromNonAdministrators() throws Exception {
		for (Role role : new Role[] { Role.SALES_DIRECTOR, Role.REGIONAL_MANAGER, Role.SALES_REP, Role.BACK_OFFICE,
				Role.FINANCE }) {
			UserSummary user = accounts.user("nonadmin", accounts.region("NA"), role);
			mvc.perform(get("/admin/users").with(accounts.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/users").with(httpBasic(user.username(), TestAccounts.PASSWORD)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void refusesOutOfRangeInputWith400FieldErrors() throws Exception {
		UserSummary rep = accounts.user("range", null, Role.SALES_REP);
		mvc.perform(get("/api/v1/regions").param("size", "0").with(httpBasic(rep.username(), TestAccounts.PASSWORD))
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("The page size must be between 1 and 100."));
	}

	@Test
	void refusesAStaleVersionWith409() throws Exception {
		UserSummary admin = accounts.user("staleadmin", null, Role.ADMIN);
		RegionView region = accounts.region("STALE");
		String body = "{\"name\": \"Nuevo nombre\", \"version\": %d}";
		mvc.perform(put("/api/v1/regions/{code}", region.code()).with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(region.version())))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/regions/{code}", region.code()).with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(region.version())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
	}

	@Test
	void noErrorShowsAStackTraceOrSql() throws Exception {
		UserSummary admin = accounts.user("leakadmin", null, Role.ADMIN);
		MvcResult[] errors = {
				mvc.perform(post("/api/v1/users").with(httpBasic(admin.username(), TestAccounts.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content("{\"username\": [not json"))
					.andExpect(status().isBadRequest()).andReturn(),
				mvc.perform(post("/api/v1/users").with(httpBasic(admin.username(), TestAccounts.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content("{\"roles\": [\"EMPEROR\"]}"))
					.andExpect(status().isBadRequest()).andReturn(),
				mvc.perform(get("/api/v1/users").param("page", "abc").with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
					.andExpect(status().isBadRequest()).andReturn(),
				mvc.perform(get("/api/v1/users/{username}", "nobody").with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
					.andExpect(status().isNotFound()).andReturn(),
				mvc.perform(get("/admin/users/{username}", "nobody").with(accounts.as(admin)))
					.andExpect(status().isNotFound()).andReturn(),
				mvc.perform(get("/admin/users").param("role", "EMPEROR").with(accounts.as(admin)))
					.andExpect(status().isBadRequest()).andReturn(),
				mvc.perform(post("/admin/users").with(csrf()).with(accounts.as(admin)).param("version", "x")
					.param("roles", "EMPEROR")).andExpect(status().isUnprocessableContent()).andReturn() };
		for (MvcResult error : errors) {
			String body = error.getResponse().getContentAsString();
			assertThat(body).doesNotContain("Exception", "at org.", "at java.", "java.lang",
					"SQL", "jdbc", "app_user", "tools.jackson", "org.trastienda");
		}
	}

	@Test
	void theLoginPageIsOpenToEveryone() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("_csrf")));
	}
}
