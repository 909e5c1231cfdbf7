package org.trastienda.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegionApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserDirectory directory;

	@Test
	void administratorCreatesAndRenamesARegionThatEveryoneReads() throws Exception {
		UserSummary admin = accounts.user("regadmin", null, Role.ADMIN);
		UserSummary rep = accounts.user("regrep", null, Role.SALES_REP);
		String code = "API" + Long.toString(System.nanoTime(), 36).toUpperCase();

		mvc.perform(post("/api/v1/regions").with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"%s\", \"name\": \"Levante\"}".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.id").doesNotExist());
		mvc.perform(get("/api/v1/regions/{code}", code).with(basic(rep)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Levante"));
		mvc.perform(get("/api/v1/regions").param("sort", "name,asc").param("size", "100").with(basic(rep)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.content[0].code").exists());

		mvc.perform(put("/api/v1/regions/{code}", code).with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Levante y Murcia\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Levante y Murcia"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/regions/{code}", code).with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Otro\", \"version\": 0}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/regions/{code}", code).with(basic(rep)))
			.andExpect(jsonPath("$.name").value("Levante y Murcia"));
	}

	@Test
	void refusesADuplicateCodeWith409AndABadOneWith400() throws Exception {
		UserSummary admin = accounts.user("regadmin", null, Role.ADMIN);
		RegionView existing = accounts.region("DUP");
		mvc.perform(post("/api/v1/regions").with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"%s\", \"name\": \"Otra\"}".formatted(existing.code())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(post("/api/v1/regions").with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"no válido\", \"name\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
	}

	@Test
	void keepsRegionWritesToAdministrators() throws Exception {
		UserSummary manager = accounts.user("regmanager", accounts.region("MGR"), Role.REGIONAL_MANAGER);
		mvc.perform(post("/api/v1/regions").with(basic(manager)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"X1\", \"name\": \"X\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/regions/{code}", manager.regionCode()).with(basic(manager))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"X\", \"version\": 0}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void recordsRegionChangesInTheAuditTrail() throws Exception {
		UserSummary admin = accounts.user("regadmin", null, Role.ADMIN);
		String code = "AUD" + Long.toString(System.nanoTime(), 36).toUpperCase();
		mvc.perform(post("/api/v1/regions").with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"%s\", \"name\": \"Norte\"}".formatted(code)))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/regions/{code}", code).with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Noroeste\", \"version\": 0}"))
			.andExpect(status().isOk());
		assertThat(audit.history(Accounts.REGION, directory.requireRegion(code).id())).extracting(AuditEntryView::action)
			.containsExactly("updated", "created");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(UserSummary user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}
}
