package org.trastienda.catalog.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trastienda.IntegrationTest;
import org.trastienda.catalog.TestSkus;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProductImportApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	UserSummary clerk;

	String marker;

	@BeforeEach
	void clerk() {
		clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		marker = TestSkus.next();
	}

	@Test
	void aDryRunReportsEveryBadRowAndWritesNothing() throws Exception {
		String csv = """
				sku,name,unit,listPrice,vatRate
				%1$s-1,Bueno %1$s,kg,1.50,21
				%1$s 2,Malo %1$s,furlong,-3,16
				%1$s-3,,caja,2.123456,10
				""".formatted(marker);

		importCsv(csv, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.rejected", hasSize(6)))
			.andExpect(jsonPath("$.rejected[0].row").value(3))
			.andExpect(jsonPath("$.rejected[0].field").value("sku"))
			.andExpect(jsonPath("$.rejected[1].field").value("listPrice"))
			.andExpect(jsonPath("$.rejected[1].message").value("El campo «Precio de tarifa» no puede ser negativo."))
			.andExpect(jsonPath("$.rejected[2].field").value("vatRate"))
			.andExpect(jsonPath("$.rejected[3].field").value("unit"))
			.andExpect(jsonPath("$.rejected[3].message").value("El campo «Unidad»: «furlong» no es un valor admitido."))
			.andExpect(jsonPath("$.rejected[4].row").value(4))
			.andExpect(jsonPath("$.rejected[4].field").value("name"))
			.andExpect(jsonPath("$.rejected[5].field").value("listPrice"));
		assertThat(countOf(marker)).isZero();

		importCsv("sku,name,listPrice\n%1$s-1,Bueno,1\n".formatted(marker), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected", hasSize(0)));
		assertThat(countOf(marker)).isZero();
	}

	@Test
	void aRealImportWithABadRowWritesNothingAndAnswers422WithTheSameReport() throws Exception {
		String csv = """
				sku,name,listPrice
				%1$s-1,Bueno %1$s,1
				%1$s-2,,2
				""".formatted(marker);

		importCsv(csv, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected[0].row").value(3))
			.andExpect(jsonPath("$.rejected[0].field").value("name"));
		assertThat(countOf(marker)).isZero();
	}

	@Test
	void reimportingTheSameFileChangesNothingAndWritesNoHistory() throws Exception {
		String csv = """
				sku,name,description,category,unit,listPrice,vatRate,active
				%1$s-1,Perfil %1$s,"Aluminio, 6 m",Perfilería,m,12.3456,21,true
				%1$s-2,Palé %1$s,,Logística,pallet,0.0125,10,false
				""".formatted(marker);

		importCsv(csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected", hasSize(0)));
		JsonNode first = product(marker + "-1");
		int historyBefore = history(first.get("id").asLong()).size();

		importCsv(csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(history(first.get("id").asLong())).hasSize(historyBefore);
		assertThat(product(marker + "-1").get("version").asLong()).isEqualTo(first.get("version").asLong());

		importCsv(csv.replace("12.3456", "12.5"), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));
		JsonNode latest = history(first.get("id").asLong()).get(0);
		assertThat(latest.get("action").asString()).isEqualTo("UPDATED");
		assertThat(latest.get("changes")).hasSize(1);
		assertThat(latest.get("changes").get(0).get("field").asString()).isEqualTo("listPrice");
		assertThat(latest.get("changes").get(0).get("newValue").asString()).isEqualTo("12.50");
		assertThat(countOf(marker)).isEqualTo(2);
	}

	@Test
	void updatesOnlyTheColumnsTheFileHas() throws Exception {
		importCsv("sku,name,unit,listPrice,vatRate\n%1$s-1,Parcial %1$s,kg,5,10\n".formatted(marker), false)
			.andExpect(jsonPath("$.created").value(1));

		importCsv("sku;precio\n%s-1;6,75\n".formatted(marker.toLowerCase()), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));

		JsonNode product = product(marker + "-1");
		assertThat(product.get("name").asString()).isEqualTo("Parcial " + marker);
		assertThat(product.get("unit").asString()).isEqualTo("kg");
		assertThat(product.get("vatRate").asInt()).isEqualTo(10);
		assertThat(product.get("listPrice").decimalValue()).isEqualByComparingTo("6.75");
	}

	@Test
	void acceptsSpanishHeadersAndValues() throws Exception {
		String csv = """
				SKU;Nombre;Descripción;Categoría;Unidad;Precio;IVA;Activo
				%1$s-1;Baldosa %1$s;Gres 60×60;Cerámica;m²;1.234,5;21 %%;sí
				%1$s-2;Servicio %1$s;;Servicios;horas;45;21;no
				%1$s-3;Arena %1$s;;Áridos;t;18,0125;10;x
				""".formatted(marker);

		importCsv(csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.rejected", hasSize(0)));

		JsonNode tile = product(marker + "-1");
		assertThat(tile.get("description").asString()).isEqualTo("Gres 60×60");
		assertThat(tile.get("category").asString()).isEqualTo("Cerámica");
		assertThat(tile.get("unit").asString()).isEqualTo("m2");
		assertThat(tile.get("listPrice").decimalValue()).isEqualByComparingTo("1234.50");
		assertThat(tile.get("vatRate").asInt()).isEqualTo(21);
		assertThat(tile.get("active").asBoolean()).isTrue();
		assertThat(product(marker + "-2").get("unit").asString()).isEqualTo("h");
		assertThat(product(marker + "-2").get("active").asBoolean()).isFalse();
		assertThat(product(marker + "-3").get("listPrice").decimalValue()).isEqualByComparingTo("18.0125");
	}

	@Test
	void importsXlsx() throws Exception {
		byte[] xlsx = xlsx(List.of("sku", "nombre", "unidad", "precio", "iva"),
				List.of(marker + "-X", "Hoja " + marker, "caja", 12.5, 4));

		mvc.perform(multipart("/api/v1/products/import").file(new MockMultipartFile("file", "productos.xlsx",
				"application/octet-stream", xlsx)).param("dryRun", "false").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));

		JsonNode product = product(marker + "-X");
		assertThat(product.get("unit").asString()).isEqualTo("box");
		assertThat(product.get("listPrice").decimalValue()).isEqualByComparingTo("12.50");
		assertThat(product.get("vatRate").asInt()).isEqualTo(4);
	}

	@Test
	void refusesUnknownColumnsAndSkusRepeatedInTheFile() throws Exception {
		String csv = """
				sku,name,listPrice,colour
				%1$s-1,Primero,1,azul
				%2$s-1,Segundo,2,rojo
				""".formatted(marker, marker.toLowerCase());

		importCsv(csv, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected[0].row").value(1))
			.andExpect(jsonPath("$.rejected[0].field").value("colour"))
			.andExpect(jsonPath("$.rejected[1].row").value(3))
			.andExpect(jsonPath("$.rejected[1].field").value("sku"))
			.andExpect(jsonPath("$.rejected[1].message").value(containsString("ya aparece en la fila 2")));
	}

	@Test
	void letsOnlyTheBackOfficeImport() throws Exception {
		UserSummary rep = accounts.user("rep", accounts.region("I"), Role.SALES_REP);
		mvc.perform(multipart("/api/v1/products/import").file(csvFile("sku,name,listPrice\nX,Y,1\n"))
			.with(accounts.as(rep))).andExpect(status().isForbidden());
	}

	@Test
	void refusesAFileLargerThanAnUploadWith413() throws Exception {
		byte[] large = ("sku,name,listPrice\n" + marker + "-L," + "x".repeat(21 * 1024 * 1024) + ",1\n")
			.getBytes(StandardCharsets.UTF_8);

		mvc.perform(multipart("/api/v1/products/import").file(new MockMultipartFile("file", "grande.csv", "text/csv",
				large)).with(accounts.as(clerk)))
			.andExpect(status().isContentTooLarge());
	}

	@Test
	void refusesAFileThatIsNoSpreadsheetWith400() throws Exception {
		mvc.perform(multipart("/api/v1/products/import")
			.file(new MockMultipartFile("file", "foto.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0 }))
			.with(accounts.as(clerk)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void exportsTheFilteredListAsCsvAndXlsxThatImportsBackUnchanged() throws Exception {
		String csv = """
				sku,name,description,category,unit,listPrice,vatRate,active
				%1$s-A,Exportado A %1$s,"Con ""comillas"", y comas",Export,kg,100.5,21,true
				%1$s-B,Exportado B %1$s,,Export,thousand,0.0125,4,false
				""".formatted(marker);
		importCsv(csv, false).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));

		String exported = mvc.perform(get("/api/v1/products/export").with(accounts.as(clerk))
			.param("format", "csv").param("q", marker).param("sort", "name,desc"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"productos-")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = exported.replace("\uFEFF", "").lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("id,sku,name,description,category,unit,listPrice,vatRate,active");
		assertThat(lines.get(1)).contains(marker + "-B", "thousand", "0.0125", ",4,false");
		assertThat(lines.get(2)).contains(marker + "-A", "\"Con \"\"comillas\"\", y comas\"", "100.50", ",21,true");

		byte[] xlsx = mvc.perform(get("/api/v1/products/export").with(accounts.as(clerk))
			.param("format", "xlsx").param("q", marker).param("active", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(marker + "-A");
			assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(100.5);
		}

		importCsv(exported, true).andExpect(jsonPath("$.rejected", hasSize(0)))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		mvc.perform(multipart("/api/v1/products/import").file(new MockMultipartFile("file", "productos.xlsx",
				"application/octet-stream", xlsx)).with(accounts.as(clerk)))
			.andExpect(jsonPath("$.rejected", hasSize(0)))
			.andExpect(jsonPath("$.updated").value(0));
		mvc.perform(get("/api/v1/products/export").with(accounts.as(clerk)).param("format", "pdf"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/products/export").with(accounts.as(clerk)).param("sort", "secret"))
			.andExpect(status().isBadRequest());
	}

	private ResultActions importCsv(String csv, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/products/import").file(csvFile(csv))
			.param("dryRun", String.valueOf(dryRun))
			.header("Accept-Language", "es")
			.with(accounts.as(clerk)));
	}

	private static MockMultipartFile csvFile(String csv) {
		return new MockMultipartFile("file", "productos.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private int countOf(String q) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/products").with(accounts.as(clerk)).param("q", q))
			.andReturn().getResponse().getContentAsString()).get("page").get("totalElements").asInt();
	}

	private JsonNode product(String sku) throws Exception {
		JsonNode page = json.readTree(mvc.perform(get("/api/v1/products").with(accounts.as(clerk)).param("q", sku))
			.andReturn().getResponse().getContentAsString());
		return page.get("content").valueStream()
			.filter(product -> product.get("sku").asString().equals(sku))
			.findFirst()
			.orElseThrow();
	}

	private List<JsonNode> history(long id) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/products/{id}/history", id).with(accounts.as(clerk)))
			.andReturn().getResponse().getContentAsString()).valueStream().toList();
	}

	private static byte[] xlsx(List<String> headers, List<Object> values) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Productos");
			Row header = sheet.createRow(0);
			Row row = sheet.createRow(1);
			for (int column = 0; column < headers.size(); column++) {
				header.createCell(column).setCellValue(headers.get(column));
				if (values.get(column) instanceof Number number) {
					row.createCell(column).setCellValue(number.doubleValue());
				}
				else {
					row.createCell(column).setCellValue(values.get(column).toString());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
