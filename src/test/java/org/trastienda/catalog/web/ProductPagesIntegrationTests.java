package org.trastienda.catalog.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.trastienda.IntegrationTest;
import org.trastienda.catalog.Catalog;
import org.trastienda.catalog.ProductData;
import org.trastienda.catalog.ProductUnit;
import org.trastienda.catalog.ProductView;
import org.trastienda.catalog.TestSkus;
import org.trastienda.customers.SignIn;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProductPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	SignIn signIn;

	UserSummary clerk;

	UserSummary rep;

	String marker;

	@BeforeEach
	void users() {
		clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		rep = accounts.user("rep", accounts.region("W"), Role.SALES_REP);
		marker = TestSkus.next();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void theListSearchesFiltersAndSortsAndLiveSearchAnswersOnlyTheResults() throws Exception {
		ProductView tile = product(marker + "-1", "Baldosa " + marker, "Cerámica " + marker, ProductUnit.M2, "18.5");
		product(marker + "-2", "Ladrillo " + marker, "Obra " + marker, ProductUnit.THOUSAND, "0.0125");

		mvc.perform(get("/products").param("q", marker).param("sort", "listPrice,desc").with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"nav-catalog\"")))
			.andExpect(content().string(containsString("Baldosa " + marker)))
			.andExpect(content().string(containsString("m²")))
			.andExpect(content().string(containsString("18,50")))
			.andExpect(content().string(containsString("0,0125")))
			.andExpect(content().string(containsString("millar")))
			.andExpect(content().string(containsString("/products/export?q=" + marker + "&amp;sort=listPrice,desc&amp;format=xlsx")))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(not(containsString("id=\"new-product\""))))
			.andExpect(content().string(not(containsString("id=\"import-products\""))));
		mvc.perform(get("/products").param("category", "Cerámica " + marker).header("HX-Request", "true")
			.with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"list-results\"")))
			.andExpect(content().string(containsString("/products/" + tile.id())))
			.andExpect(content().string(not(containsString("Ladrillo " + marker))));
		mvc.perform(get("/products").param("q", marker).param("active", "false").with(accounts.as(rep)))
			.andExpect(content().string(not(containsString("Baldosa " + marker))));
		mvc.perform(get("/products").param("sort", "secret").with(accounts.as(rep)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theBackOfficeSeesWhereToAddAndImportAndOthersAreRefused() throws Exception {
		mvc.perform(get("/products").with(accounts.as(clerk)))
			.andExpect(content().string(containsString("id=\"new-product\"")))
			.andExpect(content().string(containsString("id=\"import-products\"")));
		mvc.perform(get("/products/new").with(accounts.as(rep))).andExpect(status().isForbidden());
		mvc.perform(get("/products/import").with(accounts.as(rep))).andExpect(status().isForbidden());
		mvc.perform(htmx(post("/products")).param("sku", marker + "-REP").param("name", "No").param("listPrice", "1")
			.with(accounts.as(rep))).andExpect(status().isForbidden());
	}

	@Test
	void aProductPageShowsItsDataAndHistory() throws Exception {
		ProductView product = product(marker + "-H", "Con historia", "Varios", ProductUnit.KG, "2");
		signIn.as(clerk);
		catalog.update(product.id(), product.version(), new ProductData(product.sku(), "Con historia", null, "Varios",
				ProductUnit.KG, new BigDecimal("2.25"), null, null));

		mvc.perform(get("/products/{id}", product.id()).with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(marker + "-H")))
			.andExpect(content().string(containsString("2,25 €")))
			.andExpect(content().string(containsString("id=\"product-history\"")))
			.andExpect(content().string(containsString("2,00")))
			.andExpect(content().string(containsString("Precio de tarifa")))
			.andExpect(content().string(not(containsString("id=\"edit-product\""))));
		mvc.perform(get("/products/{id}", Long.MAX_VALUE).with(accounts.as(rep))).andExpect(status().isNotFound());
	}

	@Test
	void theFormCreatesAProductWithADecimalCommaAndRedirects() throws Exception {
		mvc.perform(get("/products/new").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"product-form\"")))
			.andExpect(content().string(containsString("21\u00a0% · general")));

		mvc.perform(htmx(post("/products")).with(accounts.as(clerk)).param("sku", marker.toLowerCase() + "-n")
			.param("name", "Nuevo " + marker).param("unit", "BOX").param("listPrice", "1.234,5")
			.param("vatRate", "10").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", containsString("/products/")));

		signIn.as(clerk);
		assertThat(catalog.findBySku(marker + "-N")).hasValueSatisfying(product -> {
			assertThat(product.unit()).isEqualTo(ProductUnit.BOX);
			assertThat(product.listPrice()).isEqualByComparingTo("1234.5");
			assertThat(product.vatRate()).isEqualByComparingTo("10");
		});
	}

	@Test
	void theFormShowsErrorsBesideTheFields() throws Exception {
		mvc.perform(htmx(post("/products")).with(accounts.as(clerk)).param("sku", "TOR M8").param("name", "")
			.param("listPrice", "-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"sku-error\"")))
			.andExpect(content().string(containsString("no es un SKU válido")))
			.andExpect(content().string(containsString("El campo «Nombre» es obligatorio.")))
			.andExpect(content().string(containsString("El campo «Precio de tarifa» no puede ser negativo.")));
		mvc.perform(htmx(post("/products")).with(accounts.as(clerk)).param("sku", marker + "-T").param("name", "Texto")
			.param("listPrice", "mucho"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"listPrice-error\"")))
			.andExpect(content().string(containsString("El precio de tarifa debe ser un número")));
	}

	@Test
	void aDuplicateSkuShowsBesideTheFieldAndAStaleEditShowsTheConflict() throws Exception {
		ProductView original = product(marker + "-D", "Original", null, ProductUnit.UNIT, "1");

		mvc.perform(htmx(post("/products")).with(accounts.as(clerk)).param("sku", marker + "-D").param("name", "Copia")
			.param("listPrice", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"sku-error\"")))
			.andExpect(content().string(containsString("ya pertenece al producto «Original»")));

		mvc.perform(get("/products/{id}/edit", original.id()).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(htmx(post("/products/{id}", original.id())).with(accounts.as(clerk)).param("version", "0")
			.param("sku", marker + "-D").param("name", "Original 2").param("listPrice", "1"))
			.andExpect(status().isOk());
		mvc.perform(htmx(post("/products/{id}", original.id())).with(accounts.as(clerk)).param("version", "0")
			.param("sku", marker + "-D").param("name", "Original 3").param("listPrice", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict\"")));
	}

	@Test
	void importShowsTheDryRunThenImportsTheSameFile() throws Exception {
		byte[] good = ("sku;nombre;unidad;precio\n" + marker + "-I;Importado " + marker + ";kg;3,5\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] bad = ("sku;nombre;unidad;precio\n" + marker + "-I;;kg;-3\n").getBytes(StandardCharsets.UTF_8);

		mvc.perform(get("/products/import").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Importar productos")))
			.andExpect(content().string(containsString("hx-post=\"/products/import/preview\"")));
		Cookie session = mvc.perform(htmx(multipart("/products/import/preview")
			.file(new MockMultipartFile("file", "malo.csv", "text/csv", bad))).with(accounts.as(clerk)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"import-rejections\"")))
			.andExpect(content().string(not(containsString("id=\"import-confirm\""))))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(htmx(post("/products/import/commit")).cookie(session).with(accounts.as(clerk)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("vuelva a subirlo")));

		mvc.perform(htmx(multipart("/products/import/preview").file(new MockMultipartFile("file", "bueno.csv",
				"text/csv", good))).cookie(session).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-post=\"/products/import/commit\"")));
		signIn.as(clerk);
		assertThat(catalog.findBySku(marker + "-I")).isEmpty();

		mvc.perform(htmx(post("/products/import/commit")).cookie(session).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-created\">1</div>")))
			.andExpect(content().string(containsString("Ver el catálogo")));
		assertThat(catalog.findBySku(marker + "-I")).hasValueSatisfying(
				product -> assertThat(product.listPrice()).isEqualByComparingTo("3.5"));
	}

	@Test
	void theExportButtonDownloadsTheFilteredListForTheSignedInUser() throws Exception {
		product(marker + "-X", "Exportable " + marker, null, ProductUnit.L, "4");

		mvc.perform(get("/products/export").param("format", "csv").param("q", marker).with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString(marker + "-X")));
	}

	private ProductView product(String sku, String name, String category, ProductUnit unit, String price) {
		signIn.as(clerk);
		try {
			return catalog.create(new ProductData(sku, name, null, category, unit, new BigDecimal(price), null, null));
		}
		finally {
			signIn.out();
		}
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B htmx(B request) {
		return request.header("HX-Request", "true").with(csrf());
	}
}
