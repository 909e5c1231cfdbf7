package org.trastienda.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.documents.SpreadsheetRow;
import org.trastienda.documents.Spreadsheets;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.reporting.StatisticsFixtures;
import org.trastienda.reporting.StatisticsFixtures.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ContractStatisticsPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StatisticsFixtures fixtures;

	@Autowired
	Spreadsheets spreadsheets;

	Scenario scenario;

	UserSummary manager;

	@BeforeEach
	void scenario() {
		scenario = fixtures.scenario();
		manager = scenario.team().manager();
	}

	@Test
	void showsTheTableTheChartAndTheComparisonWithThePreviousPeriod() throws Exception {
		String drillToRepA = "/reports/contracts/drill?period=2025-Q2&amp;groupBy=owner&amp;key=" + scenario.repA().username()
				+ "&amp;measure=";
		mvc.perform(get("/reports/contracts").param("period", "2025-Q2").param("groupBy", "owner").with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"period-label\">T2 2025<"),
					containsString("‹ T1 2025"), containsString("T3 2025 ›"),
					containsString(scenario.team().region().name()),
					containsString(scenario.repA().fullName()), containsString(scenario.repB().fullName()),
					containsString(">1.337,06<"), containsString(">1.837,06<"), containsString(">300,00<"),
					containsString(drillToRepA + "signed"), containsString(drillToRepA + "late"),
					containsString("data-chart=\"{&quot;currency&quot;:&quot;EUR&quot;"),
					containsString("[1337.06,500.00]"), containsString("[0.00,300.00]"),
					containsString("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"),
					containsString("/js/contract-statistics.js"),
					containsString("id=\"compare-signedNet\""), containsString("+512,4 %"),
					containsString("/reports/contracts/export?format=xlsx&amp;period=2025-Q2&amp;groupBy=owner"),
					containsString("/reports/contracts/export?format=pdf&amp;period=2025-Q2&amp;groupBy=owner"),
					containsString("id=\"nav-statistics\""))))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void composesThePeriodFromThePicker() throws Exception {
		mvc.perform(get("/reports/contracts").param("periodKind", "QUARTER")
			.param("quarter", "2")
			.param("quarterYear", "2025")
			.param("groupBy", "party")
			.with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"period-label\">T2 2025<"),
					containsString(scenario.party1().legalName()), containsString(scenario.party2().legalName()))));
		mvc.perform(get("/reports/contracts").param("periodKind", "MONTH").param("month", "2025-05").with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"period-label\">Mayo 2025<")));
		mvc.perform(get("/reports/contracts").param("periodKind", "RANGE")
			.param("from", "2025-04-01")
			.param("to", "2025-04-30")
			.param("lang", "en")
			.with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"period-label\">Apr 1, 2025 – Apr 30, 2025<"),
					containsString(">102.50<"))));
	}

	@Test
	void explainsAnUnreadablePeriodBesideThePicker() throws Exception {
		mvc.perform(get("/reports/contracts").param("periodKind", "RANGE")
			.param("from", "2025-06-30")
			.param("to", "2025-01-01")
			.param("groupBy", "planet")
			.with(accounts.as(manager)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"error-period\">El periodo termina antes de empezar."),
					containsString("id=\"error-groupBy\">Agrupar por solo admite: region, owner, party, category."),
					not(containsString("id=\"statistics-table\"")))));
	}

	@Test
	void listsTheContractsBehindAFigureInPlaceOrOnTheirOwnPage() throws Exception {
		var drill = get("/reports/contracts/drill").param("period", "2025-Q2")
			.param("groupBy", "owner")
			.param("key", scenario.repA().username())
			.param("measure", "signed");
		mvc.perform(drill.header("HX-Request", "true").with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"drill-results\""),
					containsString(scenario.a2().number()), containsString(scenario.a1().number()),
					containsString(">1.234,56<"), containsString(">102,50<"), containsString("2 contratos"),
					containsString("/customers/" + scenario.party1().id()),
					containsString("href=\"/contracts/" + scenario.a2().id() + "\""))));
		mvc.perform(get("/reports/contracts/drill").param("period", "2025-Q2")
			.param("groupBy", "owner")
			.param("key", scenario.repA().username())
			.param("measure", "late")
			.with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("breadcrumb"),
					containsString("Contratos con hitos retrasados"), containsString(scenario.a1().number()),
					not(containsString(scenario.a2().number())))));
		mvc.perform(get("/reports/contracts/drill").param("period", "2025-Q2").param("measure", "profit").with(accounts.as(manager)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void exportsTheFiguresOfBothPeriodsToASpreadsheet() throws Exception {
		byte[] xlsx = mvc.perform(get("/reports/contracts/export").param("format", "xlsx")
			.param("period", "2025-Q2")
			.param("groupBy", "owner")
			.with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename=\"estadisticas-contratos-2025-Q2-owner.xlsx\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		List<SpreadsheetRow> rows = spreadsheets.readAll(new ByteArrayInputStream(xlsx));
		assertThat(rows).extracting(row -> row.valuesByHeader().get("Periodo"), row -> row.valuesByHeader().get("Grupo"),
				row -> row.valuesByHeader().get("Contratos firmados"), row -> row.valuesByHeader().get("Importe neto firmado"),
				row -> row.valuesByHeader().get("Hitos retrasados"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("T2 2025", scenario.repA().fullName(), "2", "1337.06", "5"),
					org.assertj.core.groups.Tuple.tuple("T2 2025", scenario.repB().fullName(), "1", "500", "0"),
					org.assertj.core.groups.Tuple.tuple("T2 2025", "Total", "3", "1837.06", "5"),
					org.assertj.core.groups.Tuple.tuple("T1 2025", scenario.repA().fullName(), "0", "0", "0"),
					org.assertj.core.groups.Tuple.tuple("T1 2025", scenario.repB().fullName(), "1", "300", "0"),
					org.assertj.core.groups.Tuple.tuple("T1 2025", "Total", "1", "300", "0"));
	}

	@Test
	void exportsAPdfInTheReadersLanguage() throws Exception {
		byte[] pdf = mvc.perform(get("/reports/contracts/export").param("format", "pdf")
			.param("period", "2025-Q2")
			.param("groupBy", "owner")
			.param("lang", "en")
			.with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename=\"contract-statistics-2025-Q2-owner.pdf\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(text(pdf)).contains("Contract statistics · Q2 2025", scenario.team().region().name(),
				"Compared with Q1 2025", scenario.repA().fullName(), "1,337.06", "1,837.06", "Late milestones",
				"Executed, invoiced and collected stay 0");
	}

	@Test
	void isForSignedInUsersWithARole() throws Exception {
		mvc.perform(get("/reports/contracts")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/reports/contracts").with(accounts.as(accounts.user("nobody", null))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reports/contracts/export").with(accounts.as(accounts.user("nobody", null))))
			.andExpect(status().isForbidden());
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
