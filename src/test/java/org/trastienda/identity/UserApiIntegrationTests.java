package org.trastienda.identity;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDirectory directory;

	@Autowired
	AuditTrail audit;

	UserSummary admin;

	@BeforeEach
	void createAdmin() {
		admin = accounts.user("apiadmin", null, Role.ADMIN);
	}

	@Test
	void createsAUserAndNeverShowsThePassword() throws Exception {
		RegionView region = accounts.region("API");
		String username = "ana.garcia-" + System.nanoTime();
		mvc.perform(post("/api/v1/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "una-clave-segura", "fullName": "Ana García",
				 "email": "ana@example.test", "roles": ["REGIONAL_MANAGER", "SALES_REP"], "regionCode": "%s",
				 "language": "en"}""".formatted(username, region.code())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/users/" + username))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("REGIONAL_MANAGER", "SALES_REP")))
			.andExpect(jsonPath("$.regionCode").value(region.code()))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.locked").value(false))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.password").doesNotExist());

		mvc.perform(get("/api/v1/users/{username}", username).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value("Ana García"))
			.andExpect(jsonPath("$.password").doesNotExist());
		mvc.perform(get("/api/v1/me").with(httpBasic(username, "una-clave-segura")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.email").value("ana@example.test"))
			.andExpect(jsonPath("$.regionCode").value(region.code()))
			.andExpect(jsonPath("$.language").value("en"));

		UserSummary created = directory.requireByUsername(username);
		List<AuditEntryView> history = audit.history(Accounts.USER, created.id());
		assertThat(history).extracting(AuditEntryView::action).containsExactly("created");
		assertThat(history.get(0).actor()).isEqualTo(admin.username());
		assertThat(history.get(0).changes()).extracting(Change::field)
			.contains("username", "fullName", "roles", "regionCode", "language")
			.doesNotContain("password", "passwordHash");
	}

	@Test
	void listsUsersAsAPagedModelWithFilters() throws Exception {
		RegionView region = accounts.region("LIST");
		UserSummary rep = accounts.user("listrep", region, Role.SALES_REP);
		accounts.user("listclerk", region, Role.BACK_OFFICE);

		mvc.perform(get("/api/v1/users").param("region", region.code()).param("role", "SALES_REP")
			.param("sort", "fullName,desc").param("size", "5").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].username").value(rep.username()))
			.andExpect(jsonPath("$.content[0].password").doesNotExist())
			.andExpect(jsonPath("$.page.size").value(5))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.page.totalPages").value(1));
		mvc.perform(get("/api/v1/users").param("q", "LISTREP").param("status", "ACTIVE").with(asAdmin()))
			.andExpect(jsonPath("$.content[*].username", hasItem(rep.username())));
		mvc.perform(get("/api/v1/users").param("q", rep.username()).param("status", "DISABLED").with(asAdmin()))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void refusesOutOfRangeInputWith400NamingEachField() throws Exception {
		mvc.perform(post("/api/v1/users").with(asAdmin()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"username": "AB", "password": "short", "fullName": "", "email": "not-an-email",
					 "roles": [], "regionCode": "NOWHERE", "language": "fr"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "password", "fullName", "email",
					"roles", "regionCode", "language")))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].message")
				.value("The password must have at least 10 characters."))
			.andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].message").value("There is no region NOWHERE."));

		mvc.perform(get("/api/v1/users").param("size", "1000").param("page", "-1").param("sort", "passwordHash")
			.with(asAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("page", "size", "sort")));

		String tooLong = "ñ".repeat(40);
		mvc.perform(post("/api/v1/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "long-password", "password": "%s", "fullName": "Largo", "roles": ["FINANCE"]}"""
			.formatted(tooLong)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void requiresARegionForARegionalManager() throws Exception {
		mvc.perform(post("/api/v1/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "manager-%d", "password": "una-clave-segura", "fullName": "Jefa",
				 "roles": ["REGIONAL_MANAGER"]}""".formatted(System.nanoTime())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
	}

	@Test
	void refusesADuplicateUsernameWith409() throws Exception {
		UserSummary existing = accounts.user("dup", null, Role.FINANCE);
		mvc.perform(post("/api/v1/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "una-clave-segura", "fullName": "Otra", "roles": ["FINANCE"]}"""
			.formatted(existing.username())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void updatesAsOfTheVersionReadAndRefusesAStaleOneWith409() throws Exception {
		RegionView region = accounts.region("UPD");
		UserSummary rep = accounts.user("updrep", null, Role.SALES_REP);
		String update = """
				{"fullName": "%s", "email": "rep@example.test", "roles": ["SALES_REP", "FINANCE"],
				 "regionCode": "%s", "enabled": true, "language": "es", "version": %d}""";
		mvc.perform(put("/api/v1/users/{username}", rep.username()).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content(update.formatted("Nuevo Nombre", region.code(), 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value("Nuevo Nombre"))
			.andExpect(jsonPath("$.regionCode").value(region.code()))
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(put("/api/v1/users/{username}", rep.username()).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content(update.formatted("Otro Nombre", region.code(), 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(directory.requireByUsername(rep.username()).fullName()).isEqualTo("Nuevo Nombre");

		List<AuditEntryView> history = audit.history(Accounts.USER, rep.id());
		assertThat(history).hasSize(1);
		assertThat(history.get(0).changes()).contains(new Change("fullName", rep.fullName(), "Nuevo Nombre"),
				new Change("roles", "SALES_REP", "SALES_REP, FINANCE"), new Change("regionCode", null, region.code()));
	}

	@Test
	void resetsThePasswordThroughAnUpdate() throws Exception {
		UserSummary clerk = accounts.user("pwdclerk", null, Role.BACK_OFFICE);
		mvc.perform(put("/api/v1/users/{username}", clerk.username()).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"fullName": "Clerk", "roles": ["BACK_OFFICE"], "version": 0, "password": "nueva-clave-segura"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.password").doesNotExist());
		mvc.perform(get("/api/v1/me").with(httpBasic(clerk.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(clerk.username(), "nueva-clave-segura")))
			.andExpect(status().isOk());
		assertThat(audit.history(Accounts.USER, clerk.id())).extracting(AuditEntryView::action)
			.contains("passwordReset")
			.allSatisfy(action -> assertThat(action).isNotNull());
		assertThat(audit.history(Accounts.USER, clerk.id())).flatExtracting(AuditEntryView::changes)
			.extracting(Change::newValue)
			.noneMatch(value -> value != null && value.startsWith("$2"));
	}

	@Test
	void refusesToLetAnAdministratorLockThemselfOut() throws Exception {
		mvc.perform(put("/api/v1/users/{username}", admin.username()).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"fullName": "Yo", "roles": ["FINANCE"], "version": 0}"""))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/users/{username}", admin.username()).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"fullName": "Yo", "roles": ["ADMIN"], "enabled": false, "version": 0}"""))
			.andExpect(status().isUnprocessableContent());
		assertThat(directory.requireByUsername(admin.username()).enabled()).isTrue();
	}

	@Test
	void unlocksALockedUser() throws Exception {
		UserSummary rep = accounts.user("unlockrep", null, Role.SALES_REP);
		for (int i = 0; i < LoginAttempts.THRESHOLD; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), "wrong-password")));
		}
		mvc.perform(get("/api/v1/users/{username}", rep.username()).with(asAdmin()))
			.andExpect(jsonPath("$.locked").value(true));

		mvc.perform(post("/api/v1/users/{username}/unlock", rep.username()).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(false));
		mvc.perform(get("/api/v1/me").with(httpBasic(rep.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(audit.history(Accounts.USER, rep.id())).extracting(AuditEntryView::action)
			.containsExactly("unlocked", "locked");
	}

	@Test
	void answers404ForAnUnknownUser() throws Exception {
		mvc.perform(get("/api/v1/users/{username}", "nobody-" + System.nanoTime()).with(asAdmin()))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
	}

	@Test
	void keepsUsersToAdministrators() throws Exception {
		UserSummary director = accounts.user("apidirector", null, Role.SALES_DIRECTOR);
		mvc.perform(get("/api/v1/users").with(httpBasic(director.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users/{username}/unlock", director.username())
			.with(httpBasic(director.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me").with(httpBasic(director.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", not(hasItem("ADMIN"))));
	}

	@Test
	void documentsThePasswordAsWriteOnly() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/users/{username}/unlock'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.components.schemas.UserResource.properties.password.writeOnly").value(true))
			.andExpect(jsonPath("$.components.schemas.UserResource.properties.locked.readOnly").value(true));
	}

	@Test
	void findsEnabledUsersByRoleAndRegionForOtherModules() {
		RegionView north = accounts.region("ROLE");
		UserSummary manager = accounts.user("rolemanager", north, Role.REGIONAL_MANAGER);
		UserSummary elsewhere = accounts.user("rolemanager", accounts.region("OTHER"), Role.REGIONAL_MANAGER);
		UserSummary rep = accounts.user("rolerep", north, Role.SALES_REP);
		assertThat(directory.withRole(Role.REGIONAL_MANAGER, north.id())).extracting(UserSummary::username)
			.containsExactly(manager.username());
		assertThat(directory.withRole(Role.REGIONAL_MANAGER, null)).extracting(UserSummary::username)
			.contains(manager.username(), elsewhere.username())
			.doesNotContain(rep.username());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor asAdmin() {
		return httpBasic(admin.username(), TestAccounts.PASSWORD);
	}
}
