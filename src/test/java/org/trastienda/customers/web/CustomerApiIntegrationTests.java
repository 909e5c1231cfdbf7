package org.trastienda.customers.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trastienda.IntegrationTest;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CustomerApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Test
	void createsCustomerWithTheApiFieldNames() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		Map<String, Object> body = CustomerJson.customer("Ferretería Ruiz S.L.");

		mvc.perform(post("/api/v1/customers").with(accounts.as(clerk)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/customers/\\d+")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.code").value(matchesPattern("CLI-\\d{6}")))
			.andExpect(jsonPath("$.kind").value("CUSTOMER"))
			.andExpect(jsonPath("$.legalName").value("Ferretería Ruiz S.L."))
			.andExpect(jsonPath("$.tradeName").value("Ferretería Ruiz"))
			.andExpect(jsonPath("$.taxId").value(body.get("taxId")))
			.andExpect(jsonPath("$.countryCode").value("ES"))
			.andExpect(jsonPath("$.ownerUsername").value(clerk.username()))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.address.postalCode").value("28013"))
			.andExpect(jsonPath("$.billing.iban").value("ES9121000418450200051332"))
			.andExpect(jsonPath("$.billing.creditLimit").value(1500.00))
			.andExpect(jsonPath("$.billing.recargoEquivalencia").value(false));
	}

	@Test
	void listsInPagedModelShapeWithFiltersAndSort() throws Exception {
		RegionView region = accounts.region("L");
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		String marker = "lst" + System.nanoTime();
		for (String name : new String[] { "Beta " + marker, "Alfa " + marker, "Gamma " + marker }) {
			Map<String, Object> body = CustomerJson.customer(name);
			body.put("ownerUsername", rep.username());
			create(clerk, body);
		}

		mvc.perform(get("/api/v1/customers").with(accounts.as(clerk))
			.param("q", marker)
			.param("region", region.code())
			.param("owner", rep.username())
			.param("kind", "CUSTOMER")
			.param("status", "ACTIVE")
			.param("size", "2")
			.param("sort", "legalName,desc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.content[0].legalName").value("Gamma " + marker))
			.andExpect(jsonPath("$.content[1].legalName").value("Beta " + marker))
			.andExpect(jsonPath("$.content[0].regionCode").value(region.code()))
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2));
	}

	@Test
	void findsCustomersByTaxIdWrittenWithSeparatorsAndByContactEmailWithoutMakingTheirFormStale() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		JsonNode customer = create(clerk, CustomerJson.customer("Buscable S.L."));
		String taxId = customer.get("taxId").asString();
		String contactEmail = "persona" + System.nanoTime() + "@buscable.test";
		mvc.perform(post("/api/v1/customers/{id}/contacts", customer.get("id").asLong()).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", "Ana Pérez", "email", contactEmail))))
			.andExpect(status().isCreated());

		String spaced = taxId.substring(0, 4) + "-" + taxId.substring(4, 8) + " " + taxId.substring(8).toLowerCase();
		mvc.perform(get("/api/v1/customers").with(accounts.as(clerk)).param("q", spaced))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].taxId", hasItem(taxId)));
		mvc.perform(get("/api/v1/customers").with(accounts.as(clerk)).param("q", contactEmail.toUpperCase()))
			.andExpect(jsonPath("$.content[*].id", hasItem(customer.get("id").asInt())));
		mvc.perform(get("/api/v1/customers/{id}", customer.get("id").asLong()).with(accounts.as(clerk)))
			.andExpect(jsonPath("$.version").value(customer.get("version").asLong()));
	}

	@Test
	void refusesAnUnknownSortColumnWith400() throws Exception {
		mvc.perform(get("/api/v1/customers").with(accounts.as(accounts.user("clerk", null, Role.BACK_OFFICE)))
			.param("sort", "passwordHash,asc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void reportsFieldErrorsInSpanish() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		Map<String, Object> body = CustomerJson.customer("");
		body.put("taxId", "12345678A");
		body.put("billing", Map.of("iban", "ES9121000418450200051333"));
		body.put("address", Map.of("postalCode", "99999"));

		mvc.perform(post("/api/v1/customers").with(accounts.as(clerk)).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Los datos enviados no son válidos."))
			.andExpect(jsonPath("$.errors[?(@.field == 'legalName')].message")
				.value("El campo «Razón social» es obligatorio."))
			.andExpect(jsonPath("$.errors[?(@.field == 'taxId')].message")
				.value("El campo «NIF / número de IVA»: el carácter de control de «12345678A» no es correcto."))
			.andExpect(jsonPath("$.errors[?(@.field == 'billing.iban')].message")
				.value(hasItem(containsString("no es un IBAN válido"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'address.postalCode')].message")
				.value(hasItem(containsString("«Código postal»"))));
	}

	@Test
	void reportsFieldErrorsInEnglish() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		Map<String, Object> body = CustomerJson.customer("Valid Name S.L.");
		body.put("taxId", "DE12345");
		body.put("countryCode", "DE");
		body.put("email", "not-an-email");

		mvc.perform(post("/api/v1/customers").with(accounts.as(clerk)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The data sent is not valid."))
			.andExpect(jsonPath("$.errors[?(@.field == 'taxId')].message").value(
					"Tax id / VAT number: \"DE12345\" does not have the VAT number format of DE (with the country prefix)."))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
				.value("E-mail is not a valid e-mail address."));
	}

	@Test
	void answers401WithoutOrWithWrongCredentials() throws Exception {
		mvc.perform(get("/api/v1/customers")).andExpect(status().isUnauthorized());
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		mvc.perform(get("/api/v1/customers").with(httpBasic(clerk.username(), "wrong-password-123")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/customers").with(httpBasic(clerk.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void refusesWritesOfReadOnlyRolesWith403() throws Exception {
		RegionView region = accounts.region("R");
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		JsonNode customer = create(clerk, CustomerJson.customer("Solo Lectura S.L."));
		long id = customer.get("id").asLong();
		UserSummary director = accounts.user("dir", null, Role.SALES_DIRECTOR);
		UserSummary manager = accounts.user("mgr", region, Role.REGIONAL_MANAGER);

		mvc.perform(post("/api/v1/customers").with(accounts.as(director)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(CustomerJson.customer("Nueva S.L."))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(putCustomer(id, customer, director)).andExpect(status().isForbidden());
		mvc.perform(putCustomer(id, customer, manager)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/customers/{id}/archive", id).with(accounts.as(director)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/customers/{id}", id).with(accounts.as(director))).andExpect(status().isOk());
	}

	@Test
	void refusesRepEditingAnotherRepsCustomerAndFinanceEditingMoreThanBilling() throws Exception {
		RegionView region = accounts.region("F");
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		UserSummary finance = accounts.user("fin", null, Role.FINANCE);
		JsonNode customer = create(rep, CustomerJson.customer("De Un Comercial S.L."));
		long id = customer.get("id").asLong();

		Map<String, Object> renamed = body(customer);
		renamed.put("legalName", "Otro Nombre S.L.");
		mvc.perform(put("/api/v1/customers/{id}", id).with(accounts.as(finance)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(renamed)))
			.andExpect(status().isForbidden());

		Map<String, Object> billing = body(customer);
		billing.put("billing", Map.of("paymentTermsDays", 90, "language", "en"));
		mvc.perform(put("/api/v1/customers/{id}", id).with(accounts.as(finance)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(billing)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.billing.paymentTermsDays").value(90));
	}

	@Test
	void hidesCustomersOutsideTheScopeWith404() throws Exception {
		RegionView north = accounts.region("N");
		RegionView south = accounts.region("S");
		UserSummary rep = accounts.user("rep", north, Role.SALES_REP);
		UserSummary otherRep = accounts.user("rep", north, Role.SALES_REP);
		UserSummary northManager = accounts.user("mgr", north, Role.REGIONAL_MANAGER);
		UserSummary southManager = accounts.user("mgr", south, Role.REGIONAL_MANAGER);
		JsonNode customer = create(rep, CustomerJson.customer("Del Norte S.L."));
		long id = customer.get("id").asLong();

		mvc.perform(get("/api/v1/customers/{id}", id).with(accounts.as(otherRep)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(putCustomer(id, customer, otherRep)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}/history", id).with(accounts.as(otherRep)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}", id).with(accounts.as(southManager)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}", id).with(accounts.as(northManager))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/customers/{id}", id).with(accounts.as(rep))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/customers/{id}", Long.MAX_VALUE).with(accounts.as(rep)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers").with(accounts.as(otherRep)).param("q", "Del Norte"))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
	}

	@Test
	void refusesDuplicateTaxIdWith409NamingTheFirstCustomer() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		JsonNode first = create(clerk, CustomerJson.customer("Primera S.L."));
		Map<String, Object> second = CustomerJson.customer("Segunda S.L.");
		second.put("taxId", first.get("taxId").asString().toLowerCase());

		mvc.perform(post("/api/v1/customers").with(accounts.as(clerk)).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(second)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Ya existe un cliente con este NIF: " + first.get("code").asString() + " (Primera S.L.)."))
			.andExpect(jsonPath("$.errors[0].field").value("taxId"));
	}

	@Test
	void refusesStaleOrMissingVersionWith409AndChangesNothing() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		JsonNode customer = create(clerk, CustomerJson.customer("Versionada S.L."));
		long id = customer.get("id").asLong();
		Map<String, Object> edit = body(customer);
		edit.put("legalName", "Versionada Dos S.L.");
		mvc.perform(put("/api/v1/customers/{id}", id).with(accounts.as(clerk)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(edit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));

		edit.put("legalName", "Versionada Tres S.L.");
		mvc.perform(put("/api/v1/customers/{id}", id).with(accounts.as(clerk)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(edit)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		edit.remove("version");
		mvc.perform(put("/api/v1/customers/{id}", id).with(accounts.as(clerk)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(edit)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/customers/{id}", id).with(accounts.as(clerk)))
			.andExpect(jsonPath("$.legalName").value("Versionada Dos S.L."))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void archivesInsteadOfDeletingAndRecordsHistoryWithOldAndNewValues() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		JsonNode customer = create(clerk, CustomerJson.customer("Archivable S.L."));
		long id = customer.get("id").asLong();
		Map<String, Object> edit = body(customer);
		edit.put("phone", "+34 600 000 000");
		mvc.perform(put("/api/v1/customers/{id}", id).with(accounts.as(clerk)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(edit))).andExpect(status().isOk());

		mvc.perform(post("/api/v1/customers/{id}/archive", id).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ARCHIVED"));

		mvc.perform(get("/api/v1/customers/{id}/history", id).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].action").value("ARCHIVED"))
			.andExpect(jsonPath("$[0].changes[0].field").value("status"))
			.andExpect(jsonPath("$[0].changes[0].oldValue").value("ACTIVE"))
			.andExpect(jsonPath("$[0].changes[0].newValue").value("ARCHIVED"))
			.andExpect(jsonPath("$[1].action").value("UPDATED"))
			.andExpect(jsonPath("$[1].actor").value(clerk.username()))
			.andExpect(jsonPath("$[1].changes[0].field").value("phone"))
			.andExpect(jsonPath("$[1].changes[0].oldValue").value("+34 911 234 567"))
			.andExpect(jsonPath("$[1].changes[0].newValue").value("+34 600 000 000"))
			.andExpect(jsonPath("$[2].action").value("CREATED"));
		mvc.perform(get("/api/v1/customers/{id}", id).with(accounts.as(clerk))).andExpect(status().isOk());
	}

	@Test
	void showsNotesAndChangesOnTheTimelineNewestFirst() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		JsonNode customer = create(clerk, CustomerJson.customer("Con Notas S.L."));
		long id = customer.get("id").asLong();
		mvc.perform(post("/api/v1/customers/{id}/notes", id).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"Llamó para pedir catálogo\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author").value(clerk.username()));
		mvc.perform(post("/api/v1/customers/{id}/notes", id).with(accounts.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));

		mvc.perform(get("/api/v1/customers/{id}/notes", id).with(accounts.as(clerk)))
			.andExpect(jsonPath("$.content[0].body").value("Llamó para pedir catálogo"))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/v1/customers/{id}/timeline", id).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].kind").value("NOTE"))
			.andExpect(jsonPath("$[0].text").value("Llamó para pedir catálogo"))
			.andExpect(jsonPath("$[1].kind").value("CHANGE"))
			.andExpect(jsonPath("$[1].action").value("CREATED"));
	}

	private JsonNode create(UserSummary user, Map<String, Object> body) throws Exception {
		String response = mvc.perform(post("/api/v1/customers").with(accounts.as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(response);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> body(JsonNode customer) {
		return json.convertValue(customer, Map.class);
	}

	private MockHttpServletRequestBuilder putCustomer(long id, JsonNode customer, UserSummary user) {
		return put("/api/v1/customers/{id}", id).with(accounts.as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body(customer)));
	}
}
