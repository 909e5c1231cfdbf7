package org.trastienda.catalog;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.trastienda.IntegrationTest;
import org.trastienda.customers.SignIn;
import org.trastienda.documents.ImportReport;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue as other modules call it: contracts look products up by id to default their lines. */
@IntegrationTest
class CatalogIntegrationTests {

	@Autowired
	Catalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SignIn signIn;

	String marker;

	@BeforeEach
	void backOffice() {
		signIn.as(accounts.user("clerk", null, Role.BACK_OFFICE));
		marker = TestSkus.next();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void findsAProductByIdOrSkuForAContractLine() {
		ProductView created = catalog.create(new ProductData(marker + "-F", "Perfil", "Aluminio", "Perfilería",
				ProductUnit.M, new BigDecimal("7.2"), new BigDecimal("21"), null));

		assertThat(catalog.find(created.id())).hasValueSatisfying(product -> {
			assertThat(product.unit().code()).isEqualTo("m");
			assertThat(product.listPrice()).isEqualTo(new BigDecimal("7.20"));
			assertThat(product.vatRate()).isEqualTo(new BigDecimal("21"));
			assertThat(product.description()).isEqualTo("Aluminio");
		});
		assertThat(catalog.find(Long.MAX_VALUE)).isEmpty();
		assertThat(catalog.find(null)).isEmpty();
		assertThat(catalog.findBySku(" " + marker.toLowerCase() + "-f ")).map(ProductView::id).contains(created.id());
		assertThat(catalog.findBySku(" ")).isEmpty();
		assertThat(catalog.categories()).contains("Perfilería");
	}

	@Test
	void readsWithoutASignedInUserButWritesOnlyForTheBackOffice() {
		ProductView created = catalog.create(new ProductData(marker + "-R", "Leído", null, null, null, BigDecimal.ONE,
				null, null));
		signIn.out();
		assertThat(catalog.find(created.id())).isPresent();

		signIn.as(accounts.user("finance", null, Role.FINANCE));
		assertThat(catalog.mayWrite()).isFalse();
		assertThatThrownBy(() -> catalog.create(new ProductData(marker + "-W", "No", null, null, null, BigDecimal.ONE,
				null, null))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> catalog.importProducts(csv("sku,name,listPrice\n" + marker + "-W,No,1\n"), true))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void importsThousandsOfRowsInOneAllOrNothingRun() {
		int rows = 6000;
		ImportReport report = catalog.importProducts(new ByteArrayInputStream(file(marker, rows)), false);

		assertThat(report.created()).isEqualTo(rows);
		assertThat(catalog.search(new ProductFilter(marker + "-", null, null), PageRequest.of(0, 1)).getTotalElements())
			.isEqualTo(rows);
	}

	/** A file of new products with every column, in Spanish. */
	private static byte[] file(String skuPrefix, int rows) {
		StringBuilder file = new StringBuilder("sku;nombre;descripcion;categoria;unidad;precio;iva;activo\n");
		for (int row = 0; row < rows; row++) {
			file.append(skuPrefix).append("-P").append(row).append(";Producto ").append(row).append(' ')
				.append(skuPrefix).append(";Descripción del producto ").append(row).append(";Categoría ")
				.append(row % 12).append(";kg;").append(row % 500).append(",0125;21;sí\n");
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
