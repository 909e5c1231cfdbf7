package org.trastienda.contracts.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.identity.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract pages: list and export, the draft form and its lines editor, the tabs and the buttons. */
@IntegrationTest
class ContractPagesIntegrationTests {

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ContractFixtures fixtures;

	@Autowired
	Contracts contracts;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void listsTheRepsContractsWithTheNavigationEntryAndExportsThem() throws Exception {
		var team = fixtures.team();
		ContractView mine = fixtures.draftBy(team.rep());
		ContractView theirs = fixtures.draftBy(team.otherRep());

		mvc.perform(get("/contracts").with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(mine.number()), not(containsString(theirs.number())),
					containsString("id=\"nav-contracts\""), containsString("Contratos"),
					containsString("/contracts/export?format=csv"))));
		mvc.perform(get("/contracts").param("q", mine.number()).header("HX-Request", "true").with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(startsWith("<div id=\"list-results\""), containsString(mine.title()))));
		mvc.perform(get("/contracts/export").param("format", "csv").param("q", mine.number())
			.with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".csv")))
			.andExpect(content().string(allOf(containsString("number,kind,status,partyId,partyName,title"),
					containsString(mine.number() + ",SALE,DRAFT"), containsString("176"))));
		mvc.perform(get("/contracts/export").param("format", "xlsx").with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		mvc.perform(get("/contracts").param("sort", "secret,asc").with(accounts.as(team.rep())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void draftsAContractFromTheFormAndShowsErrorsBesideTheFields() throws Exception {
		var team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);

		mvc.perform(get("/contracts/new").with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"contract-form\""),
					containsString("name=\"lines[0].description\""), containsString(party.legalName()))));
		mvc.perform(post("/contracts").with(csrf()).with(accounts.as(team.rep()))
			.param("kind", "SALE").param("partyId", party.id().toString()).param("title", "")
			.param("lines[0].description", "Tornillo").param("lines[0].quantity", "0.0001")
			.param("lines[0].unit", "ud").param("lines[0].unitPrice", "1").param("lines[0].vatRate", "21"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Título es obligatorio."),
					containsString("Cantidad de la línea 1 admite como máximo 3 decimales."))));
		String location = mvc.perform(post("/contracts").with(csrf()).with(accounts.as(team.rep()))
			.param("kind", "SALE").param("partyId", party.id().toString()).param("title", "Desde la página")
			.param("signedOn", "2026-03-02").param("startsOn", "2026-03-02").param("endsOn", "2026-12-31")
			.param("lines[0].description", "Tornillo").param("lines[0].quantity", "1000").param("lines[0].unit", "ud")
			.param("lines[0].unitPrice", "0.1").param("lines[0].vatRate", "21")
			.param("lines[1].description", "").param("lines[1].unit", "ud").param("lines[1].vatRate", "21"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/contracts/*"))
			.andExpect(flash().attributeExists("flashSuccess"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Desde la página"), containsString("121,00 EUR"),
					containsString("id=\"edit-contract\""), containsString("id=\"submit-contract\""))));
	}

	@Test
	void theLinesEditorAddsAndRemovesRowsAndComputesTheAmounts() throws Exception {
		var team = fixtures.team();

		mvc.perform(post("/contracts/form/lines").with(csrf()).with(accounts.as(team.rep())).param("add", "true")
			.param("lines[0].description", "Tornillo").param("lines[0].quantity", "3")
			.param("lines[0].unitPrice", "0.0125").param("lines[0].vatRate", "21"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"lines[1].description\""),
					containsString("id=\"line-net-0\">0,04<"), containsString("0,05 EUR"))));
		mvc.perform(post("/contracts/form/lines").with(csrf()).with(accounts.as(team.rep())).param("remove", "0")
			.param("lines[0].description", "Sobrante").param("lines[1].description", "Queda")
			.param("lines[1].quantity", "2").param("lines[1].unitPrice", "25").param("lines[1].vatRate", "10"))
			.andExpect(content().string(allOf(containsString("value=\"Queda\""), not(containsString("Sobrante")),
					not(containsString("lines[1]")), containsString("IVA 10 % sobre 50,00"))));
		mvc.perform(post("/contracts/form/totals").with(csrf()).with(accounts.as(team.rep()))
			.param("lines[0].quantity", "1000").param("lines[0].unitPrice", "0.1").param("lines[0].vatRate", "21")
			.param("lines[1].quantity", "2").param("lines[1].unitPrice", "25").param("lines[1].vatRate", "10")
			.param("lines[2].description", "sin precio"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"contract-totals\""),
					containsString("176,00 EUR"), containsString("id=\"line-net-1\" hx-swap-oob=\"true\">50,00<"),
					containsString("id=\"line-net-2\" hx-swap-oob=\"true\">—<"))));
	}

	@Test
	void everyTabOfTheContractPageRendersAndTheScheduleTabWaitsForTheExecutionModule() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.draftBy(team.rep());

		for (String tab : ContractPage.TAB_NAMES) {
			mvc.perform(get("/contracts/{id}", contract.id()).param("tab", tab).with(accounts.as(team.manager())))
				.andExpect(status().isOk());
			mvc.perform(get("/contracts/{id}/tabs/{tab}", contract.id(), tab).with(accounts.as(team.clerk())))
				.andExpect(status().isOk())
				.andExpect(content().string(startsWith("<div id=\"contract-tabs\"")));
		}
		mvc.perform(get("/contracts/{id}/tabs/schedule", contract.id()).with(accounts.as(team.rep())))
			.andExpect(content().string(allOf(containsString("id=\"contract-schedule\""),
					containsString("hx-get=\"/contracts/" + contract.id() + "/schedule\""))));
		mvc.perform(get("/contracts/{id}/tabs/secret", contract.id()).with(accounts.as(team.rep())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/contracts/{id}", contract.id()).with(accounts.as(team.otherRep())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/contracts/{id}", contract.id()).with(accounts.as(team.manager())))
			.andExpect(content().string(not(containsString("id=\"edit-contract\""))));
	}

	@Test
	void theButtonsSubmitCancelAndCompleteAndRefusalsComeBackAsMessages() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.draftBy(team.rep());

		mvc.perform(post("/contracts/{id}/cancel", contract.id()).with(csrf()).with(accounts.as(team.rep())))
			.andExpect(redirectedUrl("/contracts/" + contract.id()))
			.andExpect(flash().attribute("flashError", containsString("Motivo es obligatorio")));
		mvc.perform(post("/contracts/{id}/complete", contract.id()).with(csrf()).with(accounts.as(team.clerk())))
			.andExpect(flash().attribute("flashError", containsString("No se puede completar")));
		mvc.perform(post("/contracts/{id}/submit", contract.id()).with(csrf()).with(accounts.as(team.rep())))
			.andExpect(redirectedUrl("/contracts/" + contract.id()))
			.andExpect(flash().attribute("flashSuccess", containsString(contract.number())));
		assertThat(fixtures.as(team.rep(), () -> contracts.get(contract.id())).status())
			.isEqualTo(ContractStatus.PENDING_APPROVAL);
		mvc.perform(get("/contracts/{id}/edit", contract.id()).with(accounts.as(team.rep())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/contracts/{id}", contract.id()).param("tab", "approval").with(accounts.as(team.rep())))
			.andExpect(content().string(containsString("href=\"/approvals/")));
		mvc.perform(post("/contracts/{id}/cancel", contract.id()).with(csrf()).with(accounts.as(team.rep()))
			.param("reason", "Ya no lo quieren"))
			.andExpect(flash().attribute("flashSuccess", containsString(contract.number())));
		mvc.perform(get("/contracts/{id}", contract.id()).with(accounts.as(team.rep())))
			.andExpect(content().string(allOf(containsString("id=\"status-comment\""),
					containsString("Ya no lo quieren"), not(containsString("id=\"cancel-contract\"")))));
	}

	@Test
	void editsADraftAndProposesAnAmendmentToAnActiveContract() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.draftBy(team.rep());

		mvc.perform(get("/contracts/{id}/edit", contract.id()).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Tornillo M8\"")));
		mvc.perform(post("/contracts/{id}", contract.id()).with(csrf()).with(accounts.as(team.rep()))
			.param("version", "0").param("kind", "SALE").param("partyId", contract.partyId().toString())
			.param("title", "Editado").param("signedOn", "2026-03-02").param("startsOn", "2026-03-02")
			.param("endsOn", "2026-12-31").param("lines[0].id", contract.lines().get(0).id().toString())
			.param("lines[0].description", "Tornillo M8").param("lines[0].quantity", "10")
			.param("lines[0].unit", "ud").param("lines[0].unitPrice", "1").param("lines[0].vatRate", "21"))
			.andExpect(redirectedUrl("/contracts/" + contract.id()));
		mvc.perform(post("/contracts/{id}", contract.id()).with(csrf()).with(accounts.as(team.rep()))
			.param("version", "0").param("kind", "SALE").param("partyId", contract.partyId().toString())
			.param("title", "Tarde"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict\"")));
		fixtures.as(team.clerk(), () -> contracts.submit(contract.id()));
		var request = fixtures.as(team.clerk(), () -> contracts.approvalHistory(contract.id())).get(0);
		mvc.perform(post("/api/v1/approvals/{id}/approve", request.id()).with(accounts.as(team.manager())))
			.andExpect(status().isOk());

		mvc.perform(get("/contracts/{id}/amendments/new", contract.id()).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amendment-form\"")));
		mvc.perform(post("/contracts/{id}/amendments", contract.id()).with(csrf()).with(accounts.as(team.rep()))
			.param("reason", "").param("lines[0].id", contract.lines().get(0).id().toString())
			.param("lines[0].description", "Tornillo M8").param("lines[0].quantity", "20")
			.param("lines[0].unit", "ud").param("lines[0].unitPrice", "1").param("lines[0].vatRate", "21"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Motivo es obligatorio.")));
		mvc.perform(post("/contracts/{id}/amendments", contract.id()).with(csrf()).with(accounts.as(team.rep()))
			.param("reason", "Doble cantidad").param("lines[0].id", contract.lines().get(0).id().toString())
			.param("lines[0].description", "Tornillo M8").param("lines[0].quantity", "20")
			.param("lines[0].unit", "ud").param("lines[0].unitPrice", "1").param("lines[0].vatRate", "21"))
			.andExpect(redirectedUrl("/contracts/" + contract.id() + "?tab=amendments"));
		mvc.perform(get("/contracts/{id}", contract.id()).param("tab", "amendments").with(accounts.as(team.rep())))
			.andExpect(content().string(allOf(containsString("Doble cantidad"), containsString("Versión 1"))));
	}

	@Test
	void theBackOfficeKeepsRequiredDocumentsAndFilesFromTheDocumentsTab() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.draftBy(team.rep());
		String tab = "/contracts/" + contract.id() + "?tab=documents";

		mvc.perform(post("/contracts/{id}/documents", contract.id()).with(csrf()).with(accounts.as(team.clerk()))
			.param("type", "QUALITY_INSPECTION_REPORT").param("dueOn", "2026-05-01"))
			.andExpect(redirectedUrl(tab));
		Long documentId = fixtures.as(team.clerk(), () -> contracts.documents(contract.id())).get(0).id();
		mvc.perform(multipart("/contracts/{id}/documents/{doc}/file", contract.id(), documentId)
			.file(new MockMultipartFile("file", "informe.pdf", "application/pdf", PDF))
			.with(csrf()).with(accounts.as(team.clerk())))
			.andExpect(redirectedUrl(tab));
		mvc.perform(post("/contracts/{id}/documents/{doc}/sent", contract.id(), documentId).with(csrf())
			.with(accounts.as(team.clerk())).param("version", "1"))
			.andExpect(redirectedUrl(tab))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.nullValue()))
			.andExpect(flash().attributeExists("flashSuccess"));
		mvc.perform(multipart("/contracts/{id}/attachments", contract.id())
			.file(new MockMultipartFile("file", "firmado.pdf", "application/pdf", PDF))
			.with(csrf()).with(accounts.as(team.rep())))
			.andExpect(redirectedUrl(tab));

		mvc.perform(get(tab).with(accounts.as(team.clerk())))
			.andExpect(content().string(allOf(containsString("Informe de inspección de calidad"), containsString("enviado"),
					containsString("informe.pdf"), containsString("firmado.pdf"), containsString("id=\"add-document\""))));
		mvc.perform(get(tab).with(accounts.as(team.rep())))
			.andExpect(content().string(allOf(containsString("informe.pdf"), not(containsString("id=\"add-document\"")),
					containsString("id=\"attach-file\""))));
		mvc.perform(get("/contracts/{id}/documents/{doc}/file", contract.id(), documentId).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		Long attachmentId = fixtures.as(team.rep(), () -> contracts.attachments(contract.id())).get(0).id();
		mvc.perform(post("/contracts/{id}/attachments/{att}/delete", contract.id(), attachmentId).with(csrf())
			.with(accounts.as(team.rep())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/contracts/{id}/attachments/{att}/delete", contract.id(), attachmentId).with(csrf())
			.with(accounts.as(team.clerk())))
			.andExpect(redirectedUrl(tab));
	}
}
