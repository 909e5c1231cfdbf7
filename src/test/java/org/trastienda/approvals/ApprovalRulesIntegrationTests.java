package org.trastienda.approvals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trastienda.IntegrationTest;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The approval rules API: the seeded defaults, the fallback, changes by administrators only, checked and versioned. */
@IntegrationTest
class ApprovalRulesIntegrationTests {

	private static final String TIERS = """
			"tiers": [
			  {"above": null, "roles": ["REGIONAL_MANAGER", "SALES_DIRECTOR"], "regionScoped": true, "approvalsRequired": 1},
			  {"above": 10000.00, "roles": ["SALES_DIRECTOR"], "regionScoped": false, "approvalsRequired": 2}
			]""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestSubjects subjects;

	@Autowired
	JdbcClient jdbc;

	@Test
	void salesContractsHaveTheSeededDefaultRule() throws Exception {
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);

		for (String type : new String[] { "CONTRACT_ACTIVATION", "CONTRACT_AMENDMENT" }) {
			mvc.perform(get("/api/v1/approval-rules/{type}", type).with(httpBasic(director.username(), TestAccounts.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.configured").value(true))
				.andExpect(jsonPath("$.currency").value("EUR"))
				.andExpect(jsonPath("$.tiers.length()").value(3))
				.andExpect(jsonPath("$.tiers[0].above").doesNotExist())
				.andExpect(jsonPath("$.tiers[0].roles", containsInAnyOrder("REGIONAL_MANAGER", "SALES_DIRECTOR")))
				.andExpect(jsonPath("$.tiers[0].regionScoped").value(true))
				.andExpect(jsonPath("$.tiers[0].approvalsRequired").value(1))
				.andExpect(jsonPath("$.tiers[1].above").value(50000.0))
				.andExpect(jsonPath("$.tiers[1].roles", containsInAnyOrder("SALES_DIRECTOR")))
				.andExpect(jsonPath("$.tiers[1].approvalsRequired").value(1))
				.andExpect(jsonPath("$.tiers[2].above").value(250000.0))
				.andExpect(jsonPath("$.tiers[2].roles", containsInAnyOrder("REGIONAL_MANAGER", "SALES_DIRECTOR")))
				.andExpect(jsonPath("$.tiers[2].approvalsRequired").value(2));
		}
		mvc.perform(get("/api/v1/approval-rules").with(accounts.as(director)))
			.andExpect(jsonPath("$[?(@.subjectType == 'CONTRACT_ACTIVATION')].configured").value(true));
	}

	@Test
	void aTypeWithoutARuleShowsTheFallback() throws Exception {
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);

		mvc.perform(get("/api/v1/approval-rules/{type}", subjects.newType()).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.configured").value(false))
			.andExpect(jsonPath("$.version").doesNotExist())
			.andExpect(jsonPath("$.tiers[0].roles[0]").value("SALES_DIRECTOR"))
			.andExpect(jsonPath("$.tiers[0].approvalsRequired").value(1));
		mvc.perform(get("/api/v1/approval-rules/{type}", "not a type").with(accounts.as(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subjectType"));
	}

	@Test
	void anAdministratorCreatesAndChangesARuleWithItsVersionAndItIsAudited() throws Exception {
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);
		String type = subjects.newType();

		save(admin, type, "{\"currency\": \"EUR\", " + TIERS + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.configured").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.updatedBy").value(admin.username()))
			.andExpect(jsonPath("$.tiers[1].above").value(10000.0));

		save(admin, type, "{\"currency\": \"USD\", \"version\": 0, " + TIERS + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currency").value("USD"))
			.andExpect(jsonPath("$.version").value(1));
		save(admin, type, "{\"currency\": \"EUR\", \"version\": 0, " + TIERS + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		save(admin, type, "{\"currency\": \"EUR\", " + TIERS + "}").andExpect(status().isConflict());

		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'ApprovalRule' AND summary = ? ORDER BY id")
			.param(type)
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE");
	}

	@Test
	void refusesARuleThatDoesNotReadNamingEachField() throws Exception {
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);

		save(admin, subjects.newType(), """
				{"currency": "EURO", "tiers": [
				  {"above": 5.00, "roles": ["SALES_DIRECTOR"], "approvalsRequired": 1},
				  {"above": 100.00, "roles": [], "approvalsRequired": 0},
				  {"above": 100.00, "roles": ["FINANCE"], "approvalsRequired": 6},
				  {"roles": ["FINANCE"], "approvalsRequired": 1}
				]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("currency", "tiers[0].above", "tiers[1].roles",
					"tiers[1].approvalsRequired", "tiers[2].above", "tiers[2].approvalsRequired", "tiers[3].above")));
		save(admin, subjects.newType(), "{\"currency\": \"EUR\", \"tiers\": []}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tiers"))
			.andExpect(jsonPath("$.errors[0].message").value("La regla necesita al menos un tramo."));
		save(admin, "lower_case", "{\"currency\": \"EUR\", " + TIERS + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subjectType"));
		save(admin, subjects.newType(), "{\"currency\": \"EUR\", \"tiers\": [{\"roles\": [\"KING\"]}]}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyAdministratorsChangeRulesAndOnlyTheyAndTheDirectorReadThem() throws Exception {
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary clerk = accounts.user("bo", null, Role.BACK_OFFICE);
		String type = subjects.newType();

		save(director, type, "{\"currency\": \"EUR\", " + TIERS + "}").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/approval-rules").with(accounts.as(clerk))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/approval-rules/{type}", type).with(accounts.as(clerk))).andExpect(status().isForbidden());
	}

	private ResultActions save(UserSummary as, String type, String body) throws Exception {
		return mvc.perform(put("/api/v1/approval-rules/{type}", type).with(accounts.as(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}
}
