package org.trastienda.customers.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.trastienda.identity.RegionView;
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
class CustomerImportApiIntegrationTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	UserSummary clerk;

	RegionView region;

	String marker;

	@BeforeEach
	void clerk() {
		clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		region = accounts.region("I");
		marker = "imp" + System.nanoTime() + NEXT.incrementAndGet();
	}

	@Test
	void dryRunReportsEveryBadRowAndWritesNothing() throws Exception {
		String csv = """
				legalName,taxId,countryCode,regionCode,address.postalCode,billing.iban,kind
				Uno %1$s S.L.,%2$s,ES,%3$s,28013,ES9121000418450200051332,CUSTOMER
				Dos %1$s S.L.,12345678A,ES,%3$s,999,ES00,DISTRIBUTOR
				Tres %1$s S.L.,%4$s,FR,%3$s,75001,,ALIEN
				""".formatted(marker, CustomerJson.uniqueDni(), region.code(), "FR40303265045");

		importCsv(csv, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.rejected", hasSize(4)))
			.andExpect(jsonPath("$.rejected[0].row").value(3))
			.andExpect(jsonPath("$.rejected[0].field").value("taxId"))
			.andExpect(jsonPath("$.rejected[0].message")
				.value("El campo «NIF / número de IVA»: el carácter de control de «12345678A» no es correcto."))
			.andExpect(jsonPath("$.rejected[1].field").value("address.postalCode"))
			.andExpect(jsonPath("$.rejected[2].field").value("billing.iban"))
			.andExpect(jsonPath("$.rejected[3].row").value(4))
			.andExpect(jsonPath("$.rejected[3].field").value("kind"))
			.andExpect(jsonPath("$.rejected[3].message").value("El campo «Tipo»: «ALIEN» no es un valor admitido."));
		assertThat(countOf(marker)).isZero();
	}

	@Test
	void realImportWithABadRowWritesNothingAndAnswers422WithTheSameReport() throws Exception {
		String csv = """
				legalName,taxId,regionCode
				Bueno %1$s S.L.,%2$s,%3$s
				Malo %1$s S.L.,,%3$s
				""".formatted(marker, CustomerJson.uniqueDni(), region.code());

		importCsv(csv, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected[0].row").value(3))
			.andExpect(jsonPath("$.rejected[0].field").value("taxId"));
		assertThat(countOf(marker)).isZero();
	}

	@Test
	void reimportingTheSameFileChangesNothingAndWritesNoHistory() throws Exception {
		String taxId = CustomerJson.uniqueDni();
		String csv = """
				kind,legalName,tradeName,taxId,countryCode,segment,regionCode,email,phone,address.street,address.postalCode,address.city,billing.paymentTermsDays,billing.creditLimit,billing.recargoEquivalencia,billing.language
				DISTRIBUTOR,Idem %1$s S.L.,Idem,%2$s,ES,Industria,%3$s,idem@cliente.test,+34 911 000 000,Calle Real 3,41001,Sevilla,60,2500.5,true,es
				CUSTOMER,Otro %1$s S.L.,,%4$s,ES,,%3$s,,,,,,,,,
				""".formatted(marker, taxId, region.code(), CustomerJson.uniqueDni());

		importCsv(csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected", hasSize(0)));
		long id = idOf(taxId);
		int historyBefore = history(id).size();

		importCsv(csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(history(id)).hasSize(historyBefore);

		importCsv(csv.replace("Calle Real 3", "Calle Real 5"), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));
		JsonNode latest = history(id).get(0);
		assertThat(latest.get("action").asString()).isEqualTo("UPDATED");
		assertThat(latest.get("changes")).hasSize(1);
		assertThat(latest.get("changes").get(0).get("field").asString()).isEqualTo("address.street");
		assertThat(countOf(marker)).isEqualTo(2);
	}

	@Test
	void updatesOnlyTheColumnsTheFileHas() throws Exception {
		String taxId = CustomerJson.uniqueDni();
		importCsv("legalName,taxId,email,regionCode\nParcial %s S.L.,%s,antes@cliente.test,%s\n".formatted(marker, taxId,
				region.code()), false).andExpect(jsonPath("$.created").value(1));

		importCsv("nif;telefono\n%s;+34 600 123 456\n".formatted(taxId), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));

		mvc.perform(get("/api/v1/customers/{id}", idOf(taxId)).with(accounts.as(clerk)))
			.andExpect(jsonPath("$.email").value("antes@cliente.test"))
			.andExpect(jsonPath("$.phone").value("+34 600 123 456"))
			.andExpect(jsonPath("$.legalName").value("Parcial " + marker + " S.L."));
	}

	@Test
	void acceptsSpanishHeaders() throws Exception {
		String taxId = CustomerJson.uniqueDni();
		String csv = """
				Tipo;Razón social;Nombre comercial;NIF;País;Región;Comercial;Estado;Correo;Teléfono;Dirección;Código postal;Ciudad;Provincia;IBAN;Límite de crédito;Plazo de pago;Recargo de equivalencia;Idioma;Notas
				distribuidor;Español %1$s S.A.;Español;%2$s;es;%3$s;%4$s;activo;hola@espanol.test;+34 955 000 000;Avda. Andalucía 1;41001;Sevilla;Sevilla;ES91 2100 0418 4502 0005 1332;1.500,50;45;sí;es;Cliente importado
				""".formatted(marker, taxId, region.code(), clerk.username());

		importCsv(csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected", hasSize(0)));

		mvc.perform(get("/api/v1/customers/{id}", idOf(taxId)).with(accounts.as(clerk)))
			.andExpect(jsonPath("$.kind").value("DISTRIBUTOR"))
			.andExpect(jsonPath("$.tradeName").value("Español"))
			.andExpect(jsonPath("$.regionCode").value(region.code()))
			.andExpect(jsonPath("$.address.city").value("Sevilla"))
			.andExpect(jsonPath("$.billing.iban").value("ES9121000418450200051332"))
			.andExpect(jsonPath("$.billing.creditLimit").value(1500.50))
			.andExpect(jsonPath("$.billing.paymentTermsDays").value(45))
			.andExpect(jsonPath("$.billing.recargoEquivalencia").value(true))
			.andExpect(jsonPath("$.notes").value("Cliente importado"));
	}

	@Test
	void importsXlsx() throws Exception {
		String taxId = CustomerJson.uniqueDni();
		byte[] xlsx = xlsx(List.of("razonSocial", "nif", "ciudad", "diasPago"),
				List.of("Hoja " + marker + " S.L.", taxId, "Bilbao", 30));

		mvc.perform(multipart("/api/v1/customers/import").file(new MockMultipartFile("file", "clientes.xlsx",
				"application/octet-stream", xlsx)).param("dryRun", "false").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));

		mvc.perform(get("/api/v1/customers/{id}", idOf(taxId)).with(accounts.as(clerk)))
			.andExpect(jsonPath("$.address.city").value("Bilbao"))
			.andExpect(jsonPath("$.billing.paymentTermsDays").value(30));
	}

	@Test
	void rejectsUnknownColumnsAndTaxIdsRepeatedInTheFile() throws Exception {
		String taxId = CustomerJson.uniqueDni();
		String csv = """
				legalName,taxId,favouriteColour
				Primero %1$s,%2$s,azul
				Segundo %1$s,%3$s,rojo
				""".formatted(marker, taxId, taxId.toLowerCase());

		importCsv(csv, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected[0].row").value(1))
			.andExpect(jsonPath("$.rejected[0].field").value("favouriteColour"))
			.andExpect(jsonPath("$.rejected[1].row").value(3))
			.andExpect(jsonPath("$.rejected[1].field").value("taxId"))
			.andExpect(jsonPath("$.rejected[1].message").value(containsString("fila 2")));
	}

	@Test
	void letsOnlyTheBackOfficeImport() throws Exception {
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		mvc.perform(multipart("/api/v1/customers/import").file(csvFile("legalName,taxId\nX,12345678Z\n"))
			.with(accounts.as(rep))).andExpect(status().isForbidden());
	}

	@Test
	void exportsTheFilteredListAsCsvAndXlsx() throws Exception {
		String csv = """
				legalName,taxId,regionCode,billing.creditLimit
				Exportado A %1$s,%2$s,%3$s,100.50
				Exportado B %1$s,%4$s,%3$s,
				""".formatted(marker, CustomerJson.uniqueDni(), region.code(), CustomerJson.uniqueDni());
		importCsv(csv, false).andExpect(status().isOk());

		String exported = mvc.perform(get("/api/v1/customers/export").with(accounts.as(clerk))
			.param("format", "csv").param("q", marker).param("sort", "legalName,desc"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"clientes-")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = exported.replace("\uFEFF", "").lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("code,kind,legalName,tradeName,taxId,countryCode");
		assertThat(lines.get(1)).contains("Exportado B " + marker);
		assertThat(lines.get(2)).contains("Exportado A " + marker).contains("100.50");

		byte[] xlsx = mvc.perform(get("/api/v1/customers/export").with(accounts.as(clerk))
			.param("format", "xlsx").param("q", marker))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Exportado A " + marker);
		}

		importCsv(exported, true).andExpect(jsonPath("$.rejected", hasSize(0)))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		mvc.perform(get("/api/v1/customers/export").with(accounts.as(clerk)).param("format", "pdf"))
			.andExpect(status().isBadRequest());
	}

	private ResultActions importCsv(String csv, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/customers/import").file(csvFile(csv))
			.param("dryRun", String.valueOf(dryRun))
			.header("Accept-Language", "es")
			.with(accounts.as(clerk)));
	}

	private static MockMultipartFile csvFile(String csv) {
		return new MockMultipartFile("file", "clientes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private int countOf(String q) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/customers").with(accounts.as(clerk)).param("q", q))
			.andReturn().getResponse().getContentAsString()).get("page").get("totalElements").asInt();
	}

	private long idOf(String taxId) throws Exception {
		JsonNode page = json.readTree(mvc.perform(get("/api/v1/customers").with(accounts.as(clerk)).param("q", taxId))
			.andReturn().getResponse().getContentAsString());
		return page.get("content").get(0).get("id").asLong();
	}

	private List<JsonNode> history(long id) throws Exception {
		JsonNode entries = json.readTree(mvc.perform(get("/api/v1/customers/{id}/history", id).with(accounts.as(clerk)))
			.andReturn().getResponse().getContentAsString());
		return entries.valueStream().toList();
	}

	private static byte[] xlsx(List<String> headers, List<Object> values) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Clientes");
			Row header = sheet.createRow(0);
			Row row = sheet.createRow(1);
			for (int column = 0; column < headers.size(); column++) {
				header.createCell(column).setCellValue(headers.get(column));
				Object value = values.get(column);
				if (value instanceof Number number) {
					row.createCell(column).setCellValue(number.doubleValue());
				}
				else {
					row.createCell(column).setCellValue(value.toString());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
