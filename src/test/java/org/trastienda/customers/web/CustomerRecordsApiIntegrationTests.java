package org.trastienda.customers.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Contacts, certificates, attachments and scans of a customer through the API. */
@IntegrationTest
class CustomerRecordsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	UserSummary clerk;

	long customerId;

	@BeforeEach
	void customer() throws Exception {
		clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		customerId = read(mvc.perform(post("/api/v1/customers").with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(CustomerJson.customer("Con Registros S.L."))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
	}

	@Test
	void keepsExactlyOnePrimaryContact() throws Exception {
		JsonNode first = addContact(Map.of("name", "Ana Pérez", "position", "Gerente", "email", "ana@cliente.test"));
		JsonNode second = addContact(Map.of("name", "Luis Gil", "mobile", "+34 600 111 222", "primary", true));

		mvc.perform(get("/api/v1/customers/{id}/contacts", customerId).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].name").value("Ana Pérez"))
			.andExpect(jsonPath("$[0].primary").value(false))
			.andExpect(jsonPath("$[1].primary").value(true));
		assertThat(first.get("primary").asBoolean()).isTrue();

		mvc.perform(delete("/api/v1/customers/{id}/contacts/{contactId}", customerId, second.get("id").asLong())
			.with(accounts.as(clerk))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/customers/{id}/contacts/{contactId}", customerId, first.get("id").asLong())
			.with(accounts.as(clerk)))
			.andExpect(jsonPath("$.primary").value(true));
		mvc.perform(get("/api/v1/customers/{id}/contacts/{contactId}", customerId, second.get("id").asLong())
			.with(accounts.as(clerk)))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesUnmarkingThePrimaryContactWith422() throws Exception {
		JsonNode only = addContact(Map.of("name", "Única Persona"));
		Map<String, Object> edit = Map.of("version", only.get("version").asLong(), "name", "Única Persona",
				"primary", false);

		mvc.perform(put("/api/v1/customers/{id}/contacts/{contactId}", customerId, only.get("id").asLong())
			.with(accounts.as(clerk))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(edit)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("always has one primary contact")));
	}

	@Test
	void editsContactsWithVersionAndRecordsTheirHistory() throws Exception {
		JsonNode contact = addContact(Map.of("name", "Marta Ruiz", "email", "marta@cliente.test"));
		long contactId = contact.get("id").asLong();
		Map<String, Object> edit = Map.of("version", contact.get("version").asLong(), "name", "Marta Ruiz",
				"position", "Compras", "email", "marta@cliente.test");

		mvc.perform(put("/api/v1/customers/{id}/contacts/{contactId}", customerId, contactId).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(edit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.position").value("Compras"));
		mvc.perform(put("/api/v1/customers/{id}/contacts/{contactId}", customerId, contactId).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(edit)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/customers/{id}/contacts", customerId).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"email\":\"x@\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "email")));

		mvc.perform(get("/api/v1/customers/{id}/history", customerId).with(accounts.as(clerk)))
			.andExpect(jsonPath("$[0].entityType").value("CustomerContact"))
			.andExpect(jsonPath("$[0].action").value("UPDATED"))
			.andExpect(jsonPath("$[0].changes[0].field").value("position"))
			.andExpect(jsonPath("$[0].changes[0].newValue").value("Compras"))
			.andExpect(jsonPath("$[1].entityType").value("CustomerContact"))
			.andExpect(jsonPath("$[1].action").value("CREATED"));
	}

	@Test
	void tellsCertificatesExpiryState() throws Exception {
		LocalDate today = LocalDate.now();
		JsonNode expiring = addCertificate(Map.of("type", "Registro sanitario", "number", "RS-1", "issuer", "AESAN",
				"issuedOn", today.minusYears(1).toString(), "expiresOn", today.plusDays(10).toString()));
		addCertificate(Map.of("type", "ISO 9001", "expiresOn", today.minusDays(1).toString()));
		addCertificate(Map.of("type", "Licencia de actividad", "expiresOn", today.plusYears(2).toString()));

		mvc.perform(get("/api/v1/customers/{id}/certificates", customerId).with(accounts.as(clerk)))
			.andExpect(jsonPath("$[0].expiryState").value("EXPIRED"))
			.andExpect(jsonPath("$[1].expiryState").value("EXPIRING"))
			.andExpect(jsonPath("$[1].issuer").value("AESAN"))
			.andExpect(jsonPath("$[2].expiryState").value("VALID"));

		Map<String, Object> renewed = Map.of("version", expiring.get("version").asLong(), "type", "Registro sanitario",
				"number", "RS-2", "expiresOn", today.plusYears(5).toString());
		mvc.perform(put("/api/v1/customers/{id}/certificates/{certificateId}", customerId,
				expiring.get("id").asLong()).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(renewed)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value("RS-2"))
			.andExpect(jsonPath("$.expiryState").value("VALID"));
		mvc.perform(delete("/api/v1/customers/{id}/certificates/{certificateId}", customerId,
				expiring.get("id").asLong()).with(accounts.as(clerk)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/customers/{id}/certificates/{certificateId}", customerId,
				expiring.get("id").asLong()).with(accounts.as(clerk)))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesACertificateExpiringBeforeItWasIssued() throws Exception {
		mvc.perform(post("/api/v1/customers/{id}/certificates", customerId).with(accounts.as(clerk))
			.header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ISO 14001\",\"issuedOn\":\"2024-05-01\",\"expiresOn\":\"2024-04-30\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiresOn"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("El campo «Fecha de caducidad» no puede ser anterior a «Fecha de emisión»."));
	}

	@Test
	void storesAScanOfACertificateAndServesItAsAnAttachment() throws Exception {
		JsonNode certificate = addCertificate(Map.of("type", "Registro sanitario"));
		long certificateId = certificate.get("id").asLong();

		mvc.perform(multipart("/api/v1/customers/{id}/certificates/{certificateId}/scan", customerId, certificateId)
			.file(pdf("registro.pdf"))
			.with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scanFileId").isNumber());
		mvc.perform(get("/api/v1/customers/{id}/certificates/{certificateId}/scan", customerId, certificateId)
			.with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"registro.pdf\"")));
	}

	@Test
	void uploadsDownloadsAndDeletesAttachments() throws Exception {
		JsonNode attachment = read(mvc.perform(multipart("/api/v1/customers/{id}/attachments", customerId)
			.file(pdf("../../contrato marco.pdf"))
			.with(accounts.as(clerk)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		long attachmentId = attachment.get("id").asLong();
		String filename = attachment.get("filename").asString();
		assertThat(filename).doesNotContain("/").endsWith(".pdf");

		mvc.perform(get("/api/v1/customers/{id}/attachments", customerId).with(accounts.as(clerk)))
			.andExpect(jsonPath("$[0].id").value(attachmentId));
		mvc.perform(get("/api/v1/attachments/{id}", attachmentId).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment;")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));

		UserSummary rep = accounts.user("rep", null, Role.SALES_REP);
		mvc.perform(get("/api/v1/attachments/{id}", attachmentId).with(accounts.as(rep)))
			.andExpect(status().isNotFound());
		UserSummary director = accounts.user("dir", null, Role.SALES_DIRECTOR);
		mvc.perform(delete("/api/v1/attachments/{id}", attachmentId).with(accounts.as(director)))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/attachments/{id}", attachmentId).with(accounts.as(clerk)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/attachments/{id}", attachmentId).with(accounts.as(clerk)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}/history", customerId).with(accounts.as(clerk)))
			.andExpect(jsonPath("$[0].entityType").value("CustomerAttachment"))
			.andExpect(jsonPath("$[0].action").value("DELETED"));
	}

	@Test
	void refusesAnUploadOver20MegabytesWith413() throws Exception {
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, big, 0, header.length);

		mvc.perform(multipart("/api/v1/customers/{id}/attachments", customerId)
			.file(new MockMultipartFile("file", "grande.pdf", "application/pdf", big))
			.with(accounts.as(clerk)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/customers/{id}/attachments", customerId).with(accounts.as(clerk)))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void refusesAnExecutableDisguisedAsPdfWith400() throws Exception {
		byte[] windows = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };
		mvc.perform(multipart("/api/v1/customers/{id}/attachments", customerId)
			.file(new MockMultipartFile("file", "factura.pdf", "application/pdf", windows))
			.with(accounts.as(clerk)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void refusesSubRecordWritesOfReadOnlyRolesAndOtherReps() throws Exception {
		RegionView region = accounts.region("W");
		UserSummary manager = accounts.user("mgr", region, Role.REGIONAL_MANAGER);
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		UserSummary finance = accounts.user("fin", null, Role.FINANCE);

		mvc.perform(post("/api/v1/customers/{id}/contacts", customerId).with(accounts.as(manager))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/customers/{id}/notes", customerId).with(accounts.as(rep))
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"X\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/customers/{id}/certificates", customerId).with(accounts.as(finance))
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"X\"}"))
			.andExpect(status().isForbidden());
	}

	private JsonNode addContact(Map<String, Object> contact) throws Exception {
		return read(mvc.perform(post("/api/v1/customers/{id}/contacts", customerId).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(contact)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private JsonNode addCertificate(Map<String, Object> certificate) throws Exception {
		return read(mvc.perform(post("/api/v1/customers/{id}/certificates", customerId).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(certificate)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private JsonNode read(String body) {
		return json.readTree(body);
	}

	private static MockMultipartFile pdf(String filename) {
		byte[] content = ("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n% " + UUID.randomUUID()
				+ "\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
		return new MockMultipartFile("file", filename, "application/pdf", content);
	}
}
