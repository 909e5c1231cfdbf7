package org.trastienda.verifactu;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.trastienda.verifactu.VerifactuFixtures.invoice;
import static org.trastienda.verifactu.VerifactuFixtures.issuer;

/** The verification API for the administrator and the back office, and the administrator's chain page. */
@IntegrationTest
class VerifactuPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	VerifactuChain chain;

	@Test
	void administratorAndBackOfficeVerifyTheChainThroughTheApi() throws Exception {
		chain.registerIssue(invoice(issuer(), "API-1"));
		for (UserSummary user : new UserSummary[] { accounts.user("vfadmin", null, Role.ADMIN),
				accounts.user("vfclerk", null, Role.BACK_OFFICE) }) {
			mvc.perform(get("/api/v1/verifactu/verify").with(httpBasic(user.username(), TestAccounts.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(true))
				.andExpect(jsonPath("$.records").isNumber())
				.andExpect(jsonPath("$.firstBrokenRecord").value(nullValue()));
		}
	}

	@Test
	void othersMayNeitherVerifyNorSeeTheChain() throws Exception {
		UserSummary finance = accounts.user("vffin", null, Role.FINANCE);
		UserSummary clerk = accounts.user("vfclerk", null, Role.BACK_OFFICE);

		mvc.perform(get("/api/v1/verifactu/verify").with(httpBasic(finance.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/verifactu/verify")).andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/verifactu").with(accounts.as(clerk))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/verifactu/verification").with(accounts.as(clerk))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(accounts.as(clerk)))
			.andExpect(content().string(not(containsString("id=\"nav-verifactu\""))));
	}

	@Test
	void administratorSeesAnIssuersRecordsNewestFirst() throws Exception {
		UserSummary admin = accounts.user("vfadmin", null, Role.ADMIN);
		String issuer = issuer();
		String other = issuer();
		ChainRecordView first = chain.registerIssue(invoice(issuer, "PAG-1"));
		chain.registerIssue(invoice(issuer, "PAG-2"));
		chain.registerIssue(invoice(other, "PAG-OTRO"));

		String page = mvc.perform(get("/admin/verifactu").param("issuer", issuer).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Registros VERI*FACTU")))
			.andExpect(content().string(containsString("id=\"nav-verifactu\"")))
			.andExpect(content().string(containsString(first.huella())))
			.andExpect(content().string(containsString("primero de la cadena")))
			.andExpect(content().string(not(containsString("PAG-OTRO"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("PAG-2")).isLessThan(page.indexOf("PAG-1"));

		mvc.perform(get("/admin/verifactu").param("issuer", other).param("lang", "en")
				.header("HX-Request", "true").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"list-results\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("PAG-OTRO")))
			.andExpect(content().string(containsString("Issue")));
	}

	@Test
	void administratorVerifiesTheChainFromThePage() throws Exception {
		UserSummary admin = accounts.user("vfadmin", null, Role.ADMIN);
		chain.registerIssue(invoice(issuer(), "VER-1"));

		mvc.perform(get("/admin/verifactu/verification").header("HX-Request", "true").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verification-valid\"")))
			.andExpect(content().string(containsString("Cadena íntegra")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/admin/verifactu/verification").with(accounts.as(admin)))
			.andExpect(redirectedUrl("/admin/verifactu"))
			.andExpect(flash().attribute("flashSuccess", containsString("Cadena íntegra")));
	}
}
