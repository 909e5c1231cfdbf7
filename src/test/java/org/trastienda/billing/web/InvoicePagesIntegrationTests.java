package org.trastienda.billing.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.billing.BillingFixtures;
import org.trastienda.billing.InvoiceType;
import org.trastienda.billing.InvoiceView;
import org.trastienda.billing.Invoicing;
import org.trastienda.contracts.ContractView;
import org.trastienda.identity.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The billing pages render for who may see them, and their forms and buttons do what they say. */
@IntegrationTest
class InvoicePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDraftFormStartsWithEveryContractLineAndSavesADraft() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		mvc.perform(get("/invoices/new").param("contractId", contract.id().toString()).with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"invoice-form\""), containsString("lines[1].quantity"),
					containsString("Tornillo M8"))));
		mvc.perform(post("/invoices").with(csrf()).with(accounts.as(team.clerk()))
			.param("contractId", contract.id().toString())
			.param("type", "F1")
			.param("lines[0].contractLineId", BillingFixtures.line(contract, 0).id().toString())
			.param("lines[0].description", "Tornillo M8")
			.param("lines[0].quantity", "500")
			.param("lines[0].unitPrice", "0.1")
			.param("lines[0].vatRate", "21"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/invoices/*"));
		mvc.perform(post("/invoices").with(csrf()).with(accounts.as(team.clerk()))
			.param("contractId", contract.id().toString())
			.param("lines[0].description", "Portes")
			.param("lines[0].quantity", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void theLinesEditorAddsARowAndAnswersTheAmounts() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		mvc.perform(post("/invoices/form/lines").with(csrf()).with(accounts.as(team.clerk()))
			.param("contractId", contract.id().toString())
			.param("add", "true")
			.param("lines[0].quantity", "3")
			.param("lines[0].unitPrice", "10")
			.param("lines[0].vatRate", "21"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lines[1].reason"), containsString("36,30"))));
		mvc.perform(post("/invoices/form/totals").with(csrf()).with(accounts.as(team.clerk()))
			.param("contractId", contract.id().toString())
			.param("lines[0].quantity", "2")
			.param("lines[0].unitPrice", "10")
			.param("lines[0].vatRate", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("22,00")));
	}

	@Test
	void theDraftPageShowsItsFindingsAndARefusedIssueSaysWhy() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		InvoiceView draft = fixtures.draft(team, contract, InvoiceType.F1,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "5")));

		mvc.perform(get("/invoices/" + draft.id()).with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"findings\""),
					containsString("QUANTITY_EXCEEDS_DELIVERED"), containsString("id=\"issue-invoice\""),
					containsString("id=\"override-form\""))));
		mvc.perform(post("/invoices/" + draft.id() + "/issue").with(csrf()).with(accounts.as(team.clerk())))
			.andExpect(redirectedUrl("/invoices/" + draft.id()))
			.andExpect(flash().attribute("flashError", containsString("bloqueante")));
		mvc.perform(get("/invoices/" + draft.id()).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"issue-invoice\""))));
	}

	@Test
	void anIssuedInvoiceOffersItsPdfAndNoEditing() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView issued = fixtures.issued(team, contract,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "5")));

		mvc.perform(get("/invoices/" + issued.id()).with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(issued.number()), containsString("id=\"download-pdf\""),
					containsString("id=\"rectify-invoice\""), containsString(issued.huella()),
					not(containsString("id=\"edit-invoice\"")))));
		mvc.perform(get("/invoices/" + issued.id() + "/pdf").with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/invoices/" + issued.id() + "/edit").with(accounts.as(team.clerk())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/invoices").param("contractId", contract.id().toString()).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(issued.number())));
	}

	@Test
	void theContractPageListsItsInvoicesAndRequestsAndARepAsksForOne() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView issued = fixtures.issued(team, contract,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "5")));

		mvc.perform(get("/contracts/" + contract.id()).param("tab", "invoices").with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/contracts/" + contract.id() + "/invoices")));
		mvc.perform(post("/invoice-requests").with(csrf()).with(accounts.as(team.rep()))
			.param("contractId", contract.id().toString())
			.param("note", "Facturar el resto del pedido"))
			.andExpect(redirectedUrl("/contracts/" + contract.id() + "?tab=invoices"));
		mvc.perform(get("/contracts/" + contract.id() + "/invoices").with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(issued.number()),
					containsString("Facturar el resto del pedido"), containsString("id=\"request-form\""),
					not(containsString("id=\"new-invoice\"")))));
		mvc.perform(get("/invoice-requests").with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Facturar el resto del pedido"),
					containsString("reserve-request"))));
	}

	@Test
	void theSettingsAreTheAdministratorsAndTheRegisterTheOffices() throws Exception {
		var team = fixtures.team();

		mvc.perform(get("/admin/invoicing").with(accounts.as(fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"company-form\""), containsString("id=\"series-table\""))));
		mvc.perform(get("/admin/invoicing").with(accounts.as(team.clerk()))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/invoice-register").with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"export-csv\"")));
		mvc.perform(get("/reports/invoice-register").with(accounts.as(team.rep()))).andExpect(status().isForbidden());
		assertThat(team.clerk().username()).isNotBlank();
	}

	@Test
	void theAdministratorAddsASeriesFromTheSettingsPage() throws Exception {
		String code = "P" + System.nanoTime() % 1_000_000;
		mvc.perform(post("/admin/invoicing/series").with(csrf()).with(accounts.as(fixtures.admin()))
			.param("code", code)
			.param("kind", "ORDINARY")
			.param("prefix", code + "-"))
			.andExpect(redirectedUrl("/admin/invoicing"));
		mvc.perform(post("/admin/invoicing/series").with(csrf()).with(accounts.as(fixtures.admin()))
			.param("code", code)
			.param("kind", "ORDINARY")
			.param("prefix", "X"))
			.andExpect(status().isConflict())
			.andExpect(content().string(matchesPattern("(?s).*is-invalid.*")));
	}
}
