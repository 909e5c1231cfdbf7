package org.trastienda.identity;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdminPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDirectory directory;

	@Autowired
	AppUserRepository users;

	@Autowired
	TransactionTemplate transactions;

	UserSummary admin;

	@BeforeEach
	void signInAsAdmin() {
		admin = accounts.user("admin", null, Role.ADMIN);
	}

	@Test
	void listsUsersFilteredByNameRoleRegionAndStatus() throws Exception {
		RegionView region = accounts.region("PAGES");
		UserSummary rep = accounts.user("pagesrep", region, Role.SALES_REP);
		UserSummary clerk = accounts.user("pagesclerk", null, Role.BACK_OFFICE);

		mvc.perform(get("/admin/users").param("q", rep.username().toUpperCase()).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(row(rep)), not(containsString(row(clerk))),
					containsString("Usuarios"))));
		mvc.perform(get("/admin/users").param("region", region.code()).param("role", "SALES_REP")
			.with(accounts.as(admin)))
			.andExpect(content().string(allOf(containsString(row(rep)), not(containsString(row(clerk))))));

		lock(clerk.username());
		mvc.perform(get("/admin/users").param("q", "pagesclerk").param("status", "LOCKED").with(accounts.as(admin)))
			.andExpect(content().string(allOf(containsString(row(clerk)), containsString("Bloqueado"))));
		mvc.perform(get("/admin/users").param("q", clerk.username()).param("status", "ACTIVE").with(accounts.as(admin)))
			.andExpect(content().string(allOf(not(containsString(row(clerk))),
					containsString("Ningún usuario coincide"))));
	}

	@Test
	void htmxGetsOnlyTheSortedResults() throws Exception {
		mvc.perform(get("/admin/users").param("sort", "fullName,desc").header("HX-Request", "true")
			.with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"list-results\""),
					containsString("aria-sort=\"descending\""), not(containsString("<html")))));
	}

	@Test
	void refusesAnUnknownSortColumnWith400() throws Exception {
		mvc.perform(get("/admin/users").param("sort", "passwordHash,asc").with(accounts.as(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Solo se puede ordenar por")));
	}

	@Test
	void createsAUserThroughTheHtmxForm() throws Exception {
		String username = "nuevo-" + System.nanoTime();
		mvc.perform(get("/admin/users/new").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-post=\"/admin/users\""),
					containsString("name=\"roles\""))));

		mvc.perform(post("/admin/users").with(csrf()).with(accounts.as(admin)).header("HX-Request", "true")
			.param("username", username).param("password", "una-clave-larga").param("fullName", "Nuevo Usuario")
			.param("email", "nuevo@example.test").param("roles", "SALES_REP", "FINANCE").param("_roles", "on")
			.param("regionCode", "").param("language", "en").param("enabled", "true").param("_enabled", "on"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/admin/users/" + username))
			.andExpect(flash().attribute("flashSuccess", "Usuario " + username + " creado."));

		UserSummary created = directory.requireByUsername(username);
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.SALES_REP, Role.FINANCE);
		assertThat(created.language()).isEqualTo("en");
		assertThat(created.enabled()).isTrue();
	}

	@Test
	void showsInvalidFieldsInlineWith422() throws Exception {
		mvc.perform(post("/admin/users").with(csrf()).with(accounts.as(admin)).header("HX-Request", "true")
			.param("username", "X").param("password", "corta").param("fullName", "").param("_roles", "on")
			.param("language", "es"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"user-form\""), not(containsString("<html")),
					containsString("El usuario debe tener de 3 a 60 caracteres"),
					containsString("al menos 10 caracteres"), containsString("Elija al menos un rol"),
					containsString("is-invalid"), not(containsString("value=\"corta\"")))));
	}

	@Test
	void showsADuplicateUsernameBesideTheFieldWith409() throws Exception {
		UserSummary existing = accounts.user("taken", null, Role.FINANCE);
		mvc.perform(post("/admin/users").with(csrf()).with(accounts.as(admin)).header("HX-Request", "true")
			.param("username", existing.username()).param("password", "una-clave-larga").param("fullName", "Otro")
			.param("roles", "FINANCE").param("language", "es"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Ya existe un usuario " + existing.username())));
	}

	@Test
	void editsAUserAndRefusesAStaleEditWith409() throws Exception {
		UserSummary rep = accounts.user("editrep", null, Role.SALES_REP);
		mvc.perform(get("/admin/users/{username}", rep.username()).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + rep.fullName() + "\""),
					containsString("<label for=\"fullName\""), containsString("id=\"fullName\""),
					containsString("id=\"reset-password\""), containsString("Activo"))));

		mvc.perform(post("/admin/users/{username}", rep.username()).with(csrf()).with(accounts.as(admin))
			.header("HX-Request", "true").param("fullName", "Nombre Cambiado").param("roles", "SALES_REP")
			.param("language", "es").param("_enabled", "on").param("enabled", "true")
			.param("version", String.valueOf(rep.version())))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/admin/users/" + rep.username()))
			.andExpect(flash().attribute("flashSuccess", "Cambios guardados."));
		assertThat(directory.requireByUsername(rep.username()).fullName()).isEqualTo("Nombre Cambiado");

		mvc.perform(post("/admin/users/{username}", rep.username()).with(csrf()).with(accounts.as(admin))
			.header("HX-Request", "true").param("fullName", "Otro Nombre").param("roles", "SALES_REP")
			.param("language", "es").param("_enabled", "on").param("enabled", "true")
			.param("version", String.valueOf(rep.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict\"")));
		assertThat(directory.requireByUsername(rep.username()).fullName()).isEqualTo("Nombre Cambiado");
	}

	@Test
	void unlocksALockedUserFromTheirPage() throws Exception {
		UserSummary clerk = accounts.user("lockedclerk", null, Role.BACK_OFFICE);
		lock(clerk.username());
		mvc.perform(get("/admin/users/{username}", clerk.username()).with(accounts.as(admin)))
			.andExpect(content().string(allOf(containsString("Bloqueado"), containsString("id=\"unlock\""))));

		mvc.perform(post("/admin/users/{username}/unlock", clerk.username()).with(csrf()).with(accounts.as(admin))
			.header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", "/admin/users/" + clerk.username()));
		assertThat(directory.requireByUsername(clerk.username()).locked()).isFalse();
	}

	@Test
	void resetsAPasswordAndShowsAShortOneInline() throws Exception {
		UserSummary clerk = accounts.user("resetclerk", null, Role.BACK_OFFICE);
		mvc.perform(post("/admin/users/{username}/password", clerk.username()).with(csrf()).with(accounts.as(admin))
			.header("HX-Request", "true").param("password", "corta"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"reset-password\""),
					containsString("al menos 10 caracteres"), not(containsString("id=\"user-form\"")))));

		String hashBefore = users.findByUsername(clerk.username()).orElseThrow().getPasswordHash();
		mvc.perform(post("/admin/users/{username}/password", clerk.username()).with(csrf()).with(accounts.as(admin))
			.header("HX-Request", "true").param("password", "otra-clave-larga"))
			.andExpect(header().string("HX-Redirect", "/admin/users/" + clerk.username()));
		assertThat(users.findByUsername(clerk.username()).orElseThrow().getPasswordHash()).isNotEqualTo(hashBefore);
	}

	@Test
	void managesRegionsThroughTheirPages() throws Exception {
		String code = "ZZ" + Long.toString(System.nanoTime(), 36).toUpperCase();
		mvc.perform(post("/admin/regions").with(csrf()).with(accounts.as(admin)).header("HX-Request", "true")
			.param("code", code).param("name", "Zona de prueba"))
			.andExpect(header().string("HX-Redirect", "/admin/regions"));
		mvc.perform(get("/admin/regions").param("sort", "code,desc").param("size", "100").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zona de prueba")));

		RegionView region = directory.requireRegion(code);
		mvc.perform(get("/admin/regions/{code}", code).with(accounts.as(admin)))
			.andExpect(content().string(containsString("value=\"Zona de prueba\"")));
		mvc.perform(post("/admin/regions/{code}", code).with(csrf()).with(accounts.as(admin))
			.header("HX-Request", "true").param("name", "").param("version", String.valueOf(region.version())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indique el nombre")));
		mvc.perform(post("/admin/regions/{code}", code).with(csrf()).with(accounts.as(admin))
			.header("HX-Request", "true").param("name", "Renombrada").param("version", String.valueOf(region.version())))
			.andExpect(header().string("HX-Redirect", "/admin/regions"));
		assertThat(directory.requireRegion(code).name()).isEqualTo("Renombrada");

		mvc.perform(post("/admin/regions").with(csrf()).with(accounts.as(admin)).header("HX-Request", "true")
			.param("code", code).param("name", "Duplicada"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Ya existe una región " + code)));
	}

	@Test
	void refusesAdminPagesToOtherRoles() throws Exception {
		UserSummary director = accounts.user("director", null, Role.SALES_DIRECTOR);
		mvc.perform(get("/admin/users").with(accounts.as(director))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/regions").with(accounts.as(director))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/{username}/unlock", director.username()).with(csrf())
			.with(accounts.as(director))).andExpect(status().isForbidden());
	}

	private static String row(UserSummary user) {
		return "href=\"/admin/users/" + user.username() + "\"";
	}

	private void lock(String username) {
		transactions.executeWithoutResult(status -> users.findByUsername(username).orElseThrow()
			.recordFailedLogin(1, Instant.now().plusSeconds(600)));
	}
}
