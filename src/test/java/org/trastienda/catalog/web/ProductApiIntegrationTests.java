package org.trastienda.catalog.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trastienda.IntegrationTest;
import org.trastienda.catalog.TestSkus;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProductApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	UserSummary clerk;

	UserSummary rep;

	String marker;

	@BeforeEach
	void users() {
		clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		RegionView region = accounts.region("P");
		rep = accounts.user("rep", region, Role.SALES_REP);
		marker = TestSkus.next();
	}

	@Test
	void createsAProductWithDefaultsAndAnswersItsLocation() throws Exception {
		String sku = marker.toLowerCase() + "-a";

		create("""
				{"sku": " %s ", "name": "Tornillo M8 %s", "listPrice": 0.0125}""".formatted(sku, marker))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/products/")))
			.andExpect(jsonPath("$.sku").value(marker + "-A"))
			.andExpect(jsonPath("$.unit").value("unit"))
			.andExpect(jsonPath("$.listPrice").value(0.0125))
			.andExpect(jsonPath("$.vatRate").value(21))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.createdBy").value(clerk.username()));
	}

	@Test
	void everyoneSignedInReadsAProduct() throws Exception {
		long id = idOf(create(product(marker + "-R", "Leído", "kg", "3.5", 10, "Tornillería")));

		mvc.perform(get("/api/v1/products/{id}", id).with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sku").value(marker + "-R"))
			.andExpect(jsonPath("$.unit").value("kg"))
			.andExpect(jsonPath("$.listPrice").value(3.50))
			.andExpect(jsonPath("$.vatRate").value(10))
			.andExpect(jsonPath("$.category").value("Tornillería"));
		mvc.perform(get("/api/v1/products/{id}", id).with(httpBasic(rep.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/products/{id}", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyTheBackOfficeAndAdministratorsWrite() throws Exception {
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);
		mvc.perform(post("/api/v1/products").with(accounts.as(rep)).contentType(MediaType.APPLICATION_JSON)
			.content(product(marker + "-REP", "Del comercial", "unit", "1", 21, null)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/products").with(accounts.as(admin)).contentType(MediaType.APPLICATION_JSON)
			.content(product(marker + "-ADM", "Del admin", "unit", "1", 21, null)))
			.andExpect(status().isCreated());
	}

	@Test
	void listsWithSearchCategoryActiveSortAndPaging() throws Exception {
		String category = "Cat " + marker;
		create(product(marker + "-1", "Arandela " + marker, "unit", "0.10", 21, category));
		create(product(marker + "-2", "Bisagra " + marker, "unit", "2.00", 21, category));
		create(product(marker + "-3", "Clavo " + marker, "kg", "1.00", 21, null));
		long inactive = idOf(create(product(marker + "-4", "Descatalogado " + marker, "box", "9", 21, category)));
		update(inactive, 0, product(marker + "-4", "Descatalogado " + marker, "box", "9", 21, category)
			.replace("}", ", \"active\": false}")).andExpect(status().isOk());

		mvc.perform(get("/api/v1/products").with(accounts.as(rep)).param("q", marker.toLowerCase())
			.param("sort", "listPrice,desc").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(4))
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.totalPages").value(2))
			.andExpect(jsonPath("$.content[0].sku").value(marker + "-4"))
			.andExpect(jsonPath("$.content[1].sku").value(marker + "-2"));
		mvc.perform(get("/api/v1/products").with(accounts.as(rep)).param("category", category)
			.param("active", "true"))
			.andExpect(jsonPath("$.content[*].sku").value(contains(marker + "-1", marker + "-2")));
		mvc.perform(get("/api/v1/products").with(accounts.as(rep)).param("q", marker).param("active", "false"))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].active").value(false));
		mvc.perform(get("/api/v1/products/categories").with(accounts.as(rep)))
			.andExpect(jsonPath("$[?(@ == '" + category + "')]").exists());
	}

	@Test
	void refusesUnknownSortAndOversizedPagesWith400() throws Exception {
		mvc.perform(get("/api/v1/products").with(accounts.as(rep)).param("sort", "password,asc")
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("listPrice")));
		mvc.perform(get("/api/v1/products").with(accounts.as(rep)).param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void refusesInvalidInputWithLocalizedFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/products").with(accounts.as(clerk)).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku": "TOR M8", "listPrice": 1.00001, "vatRate": 16}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[0].field").value("sku"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("«TOR M8» no es un SKU válido")))
			.andExpect(jsonPath("$.errors[1].field").value("name"))
			.andExpect(jsonPath("$.errors[1].message").value("El campo «Nombre» es obligatorio."))
			.andExpect(jsonPath("$.errors[2].field").value("listPrice"))
			.andExpect(jsonPath("$.errors[2].message")
				.value("El campo «Precio de tarifa» admite como máximo 4 decimales."))
			.andExpect(jsonPath("$.errors[3].field").value("vatRate"))
			.andExpect(jsonPath("$.errors[3].message").value(containsString("21, 10, 4, 0")));
		mvc.perform(post("/api/v1/products").with(accounts.as(clerk)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(product(marker + "-N", "Negativo", "unit", "-1", 21, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("List price cannot be negative."));
		mvc.perform(post("/api/v1/products").with(accounts.as(clerk)).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content(product(marker + "-U", "Furlong", "furlong", "1", 21, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unit"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("«furlong» no es una unidad admitida")));
	}

	@Test
	void refusesADuplicateSkuWith409NamingTheProductThatHasIt() throws Exception {
		long id = idOf(create(product(marker + "-D", "Original " + marker, "unit", "1", 21, null)));

		create(product(marker.toLowerCase() + "-d", "Copia", "unit", "1", 21, null).replace("\"sku\": \"",
				"\"sku\": \" "))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("sku"))
			.andExpect(jsonPath("$.detail").value(
					"El SKU " + marker + "-D ya pertenece al producto «Original " + marker + "» (id " + id + ")."));

		long other = idOf(create(product(marker + "-E", "Otro", "unit", "1", 21, null)));
		update(other, 0, product(marker + "-D", "Otro", "unit", "1", 21, null)).andExpect(status().isConflict());
	}

	@Test
	void updatesAtTheCurrentVersionAndRefusesAStaleOneWith409() throws Exception {
		long id = idOf(create(product(marker + "-V", "Versión", "m2", "10", 21, "Suelos")));

		update(id, 0, product(marker + "-V", "Versión 2", "m2", "12.5", 10, "Suelos"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.name").value("Versión 2"))
			.andExpect(jsonPath("$.listPrice").value(12.50))
			.andExpect(jsonPath("$.vatRate").value(10));
		update(id, 0, product(marker + "-V", "Versión 3", "m2", "13", 10, "Suelos"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(put("/api/v1/products/{id}", id).with(accounts.as(clerk)).contentType(MediaType.APPLICATION_JSON)
			.content(product(marker + "-V", "Sin versión", "m2", "13", 10, "Suelos")))
			.andExpect(status().isConflict());
	}

	@Test
	void answers404ForAProductThatDoesNotExist() throws Exception {
		mvc.perform(get("/api/v1/products/{id}", Long.MAX_VALUE).with(accounts.as(rep)))
			.andExpect(status().isNotFound());
		update(Long.MAX_VALUE, 0, product(marker + "-X", "Nada", "unit", "1", 21, null))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/products/{id}/history", Long.MAX_VALUE).with(accounts.as(rep)))
			.andExpect(status().isNotFound());
	}

	@Test
	void recordsWhoChangedWhatInTheHistory() throws Exception {
		long id = idOf(create(product(marker + "-H", "Historia", "unit", "1", 21, null)));
		update(id, 0, product(marker + "-H", "Historia", "unit", "1.25", 4, null)).andExpect(status().isOk());
		update(id, 1, product(marker + "-H", "Historia", "unit", "1.2500", 4, null))
			.andExpect(jsonPath("$.version").value(1));

		JsonNode history = json.readTree(mvc.perform(get("/api/v1/products/{id}/history", id).with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("action").asString()).isEqualTo("UPDATED");
		assertThat(history.get(0).get("actor").asString()).isEqualTo(clerk.username());
		assertThat(history.get(0).get("changes").valueStream()
			.map(change -> change.get("field").asString() + ":" + change.get("oldValue").asString() + "→"
					+ change.get("newValue").asString())
			.toList()).containsExactly("listPrice:1.00→1.25", "vatRate:21→4");
		assertThat(history.get(1).get("action").asString()).isEqualTo("CREATED");
		assertThat(history.get(1).get("changes").valueStream().map(change -> change.get("field").asString()).toList())
			.containsExactly("sku", "name", "unit", "listPrice", "vatRate", "active");
	}

	@Test
	void listsTheVatRatesOfTheCatalogue() throws Exception {
		mvc.perform(get("/api/v1/products/vat-rates").with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].rate").value(contains(21, 10, 4, 0)))
			.andExpect(jsonPath("$[0].code").value("GENERAL"));
	}

	private ResultActions create(String body) throws Exception {
		return mvc.perform(post("/api/v1/products").with(accounts.as(clerk)).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions update(long id, long version, String body) throws Exception {
		return mvc.perform(put("/api/v1/products/{id}", id).with(accounts.as(clerk)).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replaceFirst("\\{", "{\"version\": " + version + ", ")));
	}

	private long idOf(ResultActions created) throws Exception {
		long id = json.readTree(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
			.get("id")
			.asLong();
		created.andExpect(header().string("Location", endsWith("/api/v1/products/" + id)));
		return id;
	}

	private static String product(String sku, String name, String unit, String price, int vatRate, String category) {
		return """
				{"sku": "%s", "name": "%s", "unit": "%s", "listPrice": %s, "vatRate": %d, "category": %s}"""
			.formatted(sku, name, unit, price, vatRate, category == null ? "null" : "\"" + category + "\"");
	}
}
