package org.trastienda.billing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MvcResult;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register of issued invoices: per series and number, base, VAT and recargo per rate, totals of
 * the issued ones (a cancelled invoice is listed, not counted), rectifications negative; CSV and XLSX.
 */
@IntegrationTest
class InvoiceRegisterIntegrationTests {

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@Autowired
	InvoiceRegister register;

	@Autowired
	JsonCalls calls;

	private ContractFixtures.Team team;

	private InvoiceSeriesView ordinary;

	private InvoiceSeriesView rectifying;

	private LocalDate day;

	@BeforeEach
	void issueInvoicesInSeriesOfTheirOwn() {
		team = fixtures.team();
		ordinary = fixtures.series(SeriesKind.ORDINARY);
		rectifying = fixtures.series(SeriesKind.RECTIFYING);
		ContractView plain = fixtures.inAdvance(team);
		ContractView retailer = fixtures.activeSale(team, fixtures.customer(team.rep(), ContractFixtures.dni(), true), true);
		InvoiceView first = issue(plain, List.of(BillingFixtures.invoiceLine(BillingFixtures.line(plain, 0), "300"),
				BillingFixtures.invoiceLine(BillingFixtures.line(plain, 1), "1")));
		issue(retailer, List.of(BillingFixtures.invoiceLine(BillingFixtures.line(retailer, 0), "100")));
		InvoiceView wrong = issue(plain, List.of(BillingFixtures.invoiceLine(BillingFixtures.line(plain, 0), "10")));
		fixtures.as(team.clerk(), () -> invoicing.cancel(wrong.id(), "Emitida por error"));
		InvoiceView credit = fixtures.as(team.clerk(), () -> invoicing.rectify(first.id(), new RectificationData(null,
				rectifying.code(), "Devolución", List.of(new RectificationData.Line(first.lines().get(0).id(),
						new BigDecimal("100"))))));
		day = fixtures.as(team.clerk(), () -> invoicing.issue(credit.id())).issueDate();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void listsEveryInvoiceOfTheSeriesAndTotalsTheIssuedOnesPerRate() {
		RegisterView view = fixtures.as(team.clerk(), () -> register.report(day, day, ordinary.code()));

		assertThat(view.rows()).extracting(RegisterRow::status, row -> row.grossTotal().toPlainString())
			.containsExactly(tuple(InvoiceStatus.ISSUED, "63.80"), tuple(InvoiceStatus.ISSUED, "12.62"),
					tuple(InvoiceStatus.CANCELLED, "1.21"));
		assertThat(view.rows().get(1).taxes()).singleElement().satisfies(tax -> {
			assertThat(tax.recargoRate()).isEqualByComparingTo("5.20");
			assertThat(tax.recargo()).isEqualByComparingTo("0.52");
		});
		assertThat(view.totalsByRate()).extracting(tax -> tax.vatRate().stripTrailingZeros().toPlainString(),
				tax -> tax.recargoRate().stripTrailingZeros().toPlainString(), tax -> tax.base().toPlainString(),
				tax -> tax.vat().toPlainString(), tax -> tax.recargo().toPlainString())
			.containsExactly(tuple("10", "0", "25.00", "2.50", "0.00"), tuple("21", "0", "30.00", "6.30", "0.00"),
					tuple("21", "5.2", "10.00", "2.10", "0.52"));
		assertThat(view.netTotal()).isEqualByComparingTo("65.00");
		assertThat(view.vatTotal()).isEqualByComparingTo("10.90");
		assertThat(view.recargoTotal()).isEqualByComparingTo("0.52");
		assertThat(view.grossTotal()).isEqualByComparingTo("76.42");
	}

	@Test
	void rectificationsCountNegativeAndNameTheirOriginal() throws Exception {
		calls.send(get("/api/v1/reports/invoice-register?from=" + day + "&to=" + day + "&series=" + rectifying.code()),
				team.clerk(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].type").value("R1"))
			.andExpect(jsonPath("$.rows[0].rectifies").value(ordinary.prefix() + day.getYear() + "-00001"))
			.andExpect(jsonPath("$.rows[0].grossTotal").value(-12.10))
			.andExpect(jsonPath("$.netTotal").value(-10.0))
			.andExpect(jsonPath("$.vatTotal").value(-2.10))
			.andExpect(jsonPath("$.grossTotal").value(-12.10));
	}

	@Test
	void exportsOneRowPerInvoiceAndRateAsCsvAndXlsx() throws Exception {
		String path = "/reports/invoice-register/export?from=" + day + "&to=" + day + "&series=" + ordinary.code();
		MvcResult csv = calls.send(get(path + "&format=csv"), team.clerk(), null).andExpect(status().isOk()).andReturn();
		MvcResult xlsx = calls.send(get(path + "&format=xlsx"), team.clerk(), null).andExpect(status().isOk()).andReturn();

		List<String> lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines()
			.filter(line -> !line.isBlank()).toList();
		assertThat(lines.get(0)).contains("issueDate", "number", "vatRate", "base", "vat", "recargoRate", "recargo",
				"grossTotal");
		assertThat(lines).hasSize(1 + 4).as("the two rates of the first invoice, one row for each other");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(5);
		}
	}

	@Test
	void theRegisterIsForTheOfficeNotForReps() throws Exception {
		calls.send(get("/api/v1/reports/invoice-register?from=" + day + "&to=" + day), team.rep(), null)
			.andExpect(status().isForbidden());
		calls.send(get("/api/v1/reports/invoice-register?from=" + day), team.clerk(), null)
			.andExpect(status().isBadRequest());
	}

	private InvoiceView issue(ContractView contract, List<InvoiceLineData> lines) {
		return fixtures.as(team.clerk(), () -> invoicing.issue(invoicing.create(new InvoiceData(contract.id(),
				InvoiceType.F1, ordinary.code(), null, null, null, null, lines, null)).id()));
	}
}
