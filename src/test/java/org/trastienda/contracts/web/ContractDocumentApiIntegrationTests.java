package org.trastienda.contracts.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.identity.TestAccounts;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Required documents from pending to sent, and the files filed on a contract, through the API. */
@IntegrationTest
class ContractDocumentApiIntegrationTests {

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ContractFixtures fixtures;

	@Autowired
	JsonCalls calls;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void aRequiredDocumentIsListedReceivedWithItsFileAndSent() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.draftBy(team.rep());

		calls.send(post("/api/v1/contracts/{id}/documents", contract.id()), team.clerk(),
				Map.of("type", "CERTIFICATE_OF_CONFORMITY", "dueOn", "2026-06-30"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.file").isEmpty());
		Long documentId = calls.read(calls.send(get("/api/v1/contracts/{id}/documents", contract.id()), team.rep(), null))
			.get(0).get("id").asLong();

		calls.send(put("/api/v1/contracts/{id}/documents/{documentId}", contract.id(), documentId), team.clerk(),
				Map.of("version", 0, "type", "CERTIFICATE_OF_CONFORMITY", "status", "RECEIVED"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(multipart("/api/v1/contracts/{id}/documents/{documentId}/file", contract.id(), documentId)
			.file(new MockMultipartFile("file", "certificado.pdf", "application/pdf", PDF))
			.with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.file.filename").value("certificado.pdf"))
			.andExpect(jsonPath("$.receivedOn").isNotEmpty());
		calls.send(put("/api/v1/contracts/{id}/documents/{documentId}", contract.id(), documentId), team.clerk(),
				Map.of("version", 0, "type", "CERTIFICATE_OF_CONFORMITY", "status", "SENT"))
			.andExpect(status().isConflict());
		calls.send(put("/api/v1/contracts/{id}/documents/{documentId}", contract.id(), documentId), team.clerk(),
				Map.of("version", 1, "type", "CERTIFICATE_OF_CONFORMITY", "status", "SENT", "sentOn", "2099-01-02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT"))
			.andExpect(jsonPath("$.sentOn").value("2099-01-02"));
		calls.send(put("/api/v1/contracts/{id}/documents/{documentId}", contract.id(), documentId), team.clerk(),
				Map.of("version", 2, "type", "CERTIFICATE_OF_CONFORMITY", "status", "PENDING"))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(get("/api/v1/contracts/{id}/documents/{documentId}/file", contract.id(), documentId)
			.with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(delete("/api/v1/contracts/{id}/documents/{documentId}", contract.id(), documentId)
			.with(accounts.as(team.clerk())))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/contracts/{id}/history", contract.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$[*].action").value(hasItem("DOCUMENT_ADDED")))
			.andExpect(jsonPath("$[*].action").value(hasItem("DOCUMENT_RECEIVED")))
			.andExpect(jsonPath("$[*].action").value(hasItem("DOCUMENT_SENT")));
	}

	@Test
	void onlyTheBackOfficeKeepsRequiredDocumentsAndOtherDocumentsNeedAName() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.draftBy(team.rep());

		calls.send(post("/api/v1/contracts/{id}/documents", contract.id()), team.rep(),
				Map.of("type", "QUALITY_INSPECTION_REPORT")).andExpect(status().isForbidden());
		calls.send(post("/api/v1/contracts/{id}/documents", contract.id()).header("Accept-Language", "en"), team.clerk(),
				Map.of("type", "OTHER"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Name is required."));
		calls.send(post("/api/v1/contracts/{id}/documents", contract.id()), team.clerk(),
				Map.of("type", "OTHER", "name", "Ficha técnica")).andExpect(status().isCreated());
		Long documentId = calls.read(calls.send(get("/api/v1/contracts/{id}/documents", contract.id()), team.rep(), null))
			.get(0).get("id").asLong();
		mvc.perform(get("/api/v1/contracts/{id}/documents/{documentId}", contract.id(), documentId)
			.with(accounts.as(team.otherRep())))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/contracts/{id}/documents/{documentId}", contract.id(), documentId)
			.with(accounts.as(team.clerk())))
			.andExpect(status().isNoContent());
	}

	@Test
	void theSignedContractIsFiledByItsRepAndRemovedOnlyByTheBackOffice() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.draftBy(team.rep());

		String location = mvc.perform(multipart("/api/v1/contracts/{id}/attachments", contract.id())
			.file(new MockMultipartFile("file", "contrato firmado.pdf", "application/pdf", PDF))
			.with(accounts.as(team.rep())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("contrato firmado.pdf"))
			.andExpect(jsonPath("$.uploadedBy").value(team.rep().username()))
			.andReturn().getResponse().getHeader("Location");

		mvc.perform(get(location).with(accounts.as(team.manager())))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		mvc.perform(get(location).with(accounts.as(team.otherRep()))).andExpect(status().isNotFound());
		mvc.perform(delete(location).with(accounts.as(team.rep()))).andExpect(status().isForbidden());
		mvc.perform(delete(location).with(accounts.as(team.clerk()))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/contracts/{id}/attachments", contract.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$.length()").value(0));
	}
}
