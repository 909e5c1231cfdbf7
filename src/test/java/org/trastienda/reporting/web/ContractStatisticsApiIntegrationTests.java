package org.trastienda.reporting.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.reporting.StatisticsFixtures;
import org.trastienda.reporting.StatisticsFixtures.Scenario;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ContractStatisticsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StatisticsFixtures fixtures;

	Scenario scenario;

	@BeforeEach
	void scenario() {
		scenario = fixtures.scenario();
	}

	@Test
	void answersThePeriodsRowsTotalsAndThePreviousPeriodsTotals() throws Exception {
		mvc.perform(get("/api/v1/reports/contracts").param("period", "2025-Q2")
			.param("groupBy", "owner")
			.with(httpBasic(scenario.team().manager().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period.value").value("2025-Q2"))
			.andExpect(jsonPath("$.period.kind").value("QUARTER"))
			.andExpect(jsonPath("$.period.from").value("2025-04-01"))
			.andExpect(jsonPath("$.period.to").value("2025-06-30"))
			.andExpect(jsonPath("$.period.asOf").value("2025-06-30"))
			.andExpect(jsonPath("$.period.label").value("T2 2025"))
			.andExpect(jsonPath("$.groupBy").value("owner"))
			.andExpect(jsonPath("$.currency").value("EUR"))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].key").value(scenario.repA().username()))
			.andExpect(jsonPath("$.rows[0].label").value(scenario.repA().fullName()))
			.andExpect(jsonPath("$.rows[0].signedCount").value(2))
			.andExpect(jsonPath("$.rows[0].signedNet").value(1337.06))
			.andExpect(jsonPath("$.rows[0].executed").value(0.0))
			.andExpect(jsonPath("$.rows[0].invoiced").value(0.0))
			.andExpect(jsonPath("$.rows[0].collected").value(0.0))
			.andExpect(jsonPath("$.rows[0].executionRate").value(0.0))
			.andExpect(jsonPath("$.rows[0].milestonesLate").value(5))
			.andExpect(jsonPath("$.rows[1].signedNet").value(500.0))
			.andExpect(jsonPath("$.totals.signedCount").value(3))
			.andExpect(jsonPath("$.totals.signedNet").value(1837.06))
			.andExpect(jsonPath("$.totals.milestonesLate").value(5))
			.andExpect(jsonPath("$.previous.period.value").value("2025-Q1"))
			.andExpect(jsonPath("$.previous.period.asOf").value("2025-03-31"))
			.andExpect(jsonPath("$.previous.totals.signedCount").value(1))
			.andExpect(jsonPath("$.previous.totals.signedNet").value(300.0));
	}

	@Test
	void comparesARangeWithAsManyDaysBeforeAndLabelsInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/reports/contracts").param("period", "2025-01-01..2025-12-31")
			.param("groupBy", "category")
			.header("Accept-Language", "en")
			.with(accounts.as(scenario.repB())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period.kind").value("RANGE"))
			// the 365 days before: 2024 had 366
			.andExpect(jsonPath("$.previous.period.value").value("2024-01-02..2024-12-31"))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].key").value("Tornillería"))
			.andExpect(jsonPath("$.rows[0].signedCount").value(1))
			.andExpect(jsonPath("$.rows[0].signedNet").value(500.0))
			.andExpect(jsonPath("$.rows[1].key").value(nullValue()))
			.andExpect(jsonPath("$.rows[1].label").value("Uncategorised"))
			.andExpect(jsonPath("$.rows[1].signedCount").value(1))
			.andExpect(jsonPath("$.rows[1].signedNet").value(300.0));

	}

	@Test
	void groupsThisMonthByRegionWhenAskedNothing() throws Exception {
		mvc.perform(get("/api/v1/reports/contracts").with(accounts.as(scenario.repB())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groupBy").value("region"))
			.andExpect(jsonPath("$.period.kind").value("MONTH"));
	}

	@Test
	void refusesAnUnreadablePeriodOrGroupingWith400NamingTheField() throws Exception {
		UserSummary director = scenario.team().director();
		mvc.perform(get("/api/v1/reports/contracts").param("period", "2025-13").with(accounts.as(director)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2025-13")));
		mvc.perform(get("/api/v1/reports/contracts").param("period", "2025-06-30..2025-01-01").with(accounts.as(director)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value("El periodo termina antes de empezar."));
		mvc.perform(get("/api/v1/reports/contracts").param("groupBy", "product")
			.header("Accept-Language", "en")
			.with(accounts.as(director)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("groupBy"))
			.andExpect(jsonPath("$.errors[0].message").value("Group by one of: region, owner, party, category."));
		mvc.perform(get("/api/v1/reports/contracts").param("period", "Q3").param("groupBy", "x").with(accounts.as(director)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("period", "groupBy")));
	}

	@Test
	void asksForCredentialsAndARole() throws Exception {
		mvc.perform(get("/api/v1/reports/contracts")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/reports/contracts").with(accounts.as(accounts.user("nobody", null))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/contracts").with(accounts.as(accounts.user("finance", null, Role.FINANCE))))
			.andExpect(status().isOk());
	}
}
