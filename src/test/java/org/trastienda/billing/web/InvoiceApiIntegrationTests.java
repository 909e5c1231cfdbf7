package org.trastienda.billing.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.billing.BillingFixtures;
import org.trastienda.billing.InvoiceType;
import org.trastienda.billing.InvoiceView;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;
import org.trastienda.customers.BillingData;
import org.trastienda.customers.CustomerView;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Draft invoices through the API: their JSON, amounts, defaults, optimistic locking, rights and scope. */
@IntegrationTest
class InvoiceApiIntegrationTests {

	private static final List<String> INVOICE_FIELDS = List.of("id", "version", "contractId", "customerId", "type",
			"series", "number", "status", "issueDate", "operationDate", "dueDate", "lines", "taxes", "netTotal",
			"taxTotal", "grossTotal", "rectifiesInvoiceId", "huella");

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	JsonCalls calls;

	@Autowired
	ContractFixtures contracts;

	@AfterEach
	void signOut() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	@Test
	void draftsAnInvoiceOfContractLinesInTheApiShape() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		var screws = BillingFixtures.line(contract, 0);

		JsonNode invoice = calls.read(calls.send(post("/api/v1/invoices"), team.clerk(),
				Map.of("contractId", contract.id(), "lines", List.of(Map.of("contractLineId", screws.id(), "quantity", 400))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/invoices/\\d+")))
			.andExpect(jsonPath("$.contractId").value(contract.id()))
			.andExpect(jsonPath("$.customerId").value(contract.partyId()))
			.andExpect(jsonPath("$.type").value("F1"))
			.andExpect(jsonPath("$.series").value("F"))
			.andExpect(jsonPath("$.number").isEmpty())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.issueDate").isEmpty())
			.andExpect(jsonPath("$.lines[0].contractLineId").value(screws.id()))
			.andExpect(jsonPath("$.lines[0].description").value("Tornillo M8"))
			.andExpect(jsonPath("$.lines[0].quantity").value(400.0))
			.andExpect(jsonPath("$.lines[0].unitPrice").value(0.1))
			.andExpect(jsonPath("$.lines[0].discountPercent").value(0.0))
			.andExpect(jsonPath("$.lines[0].vatRate").value(21.0))
			.andExpect(jsonPath("$.lines[0].netAmount").value(40.0))
			.andExpect(jsonPath("$.taxes[0].vatRate").value(21.0))
			.andExpect(jsonPath("$.taxes[0].base").value(40.0))
			.andExpect(jsonPath("$.taxes[0].vat").value(8.4))
			.andExpect(jsonPath("$.taxes[0].recargoRate").value(0.0))
			.andExpect(jsonPath("$.taxes[0].recargo").value(0.0))
			.andExpect(jsonPath("$.netTotal").value(40.0))
			.andExpect(jsonPath("$.taxTotal").value(8.4))
			.andExpect(jsonPath("$.grossTotal").value(48.4))
			.andExpect(jsonPath("$.rectifiesInvoiceId").isEmpty())
			.andExpect(jsonPath("$.huella").isEmpty()));

		assertThat(invoice.propertyNames()).containsExactlyInAnyOrderElementsOf(INVOICE_FIELDS);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
		assertThat(invoice.get("dueDate").asString()).as("the customer's 45 days from today")
			.isEqualTo(today.plusDays(45).toString());
	}

	@Test
	void roundsEachLineAndEachRateGroupOnceAndAddsTheRecargoOfItsCustomer() throws Exception {
		var team = fixtures.team();
		CustomerView retailer = fixtures.customer(team.rep(), ContractFixtures.dni(), true);
		ContractView contract = fixtures.activeSale(team, retailer, true,
				List.of(ContractFixtures.line("Pintura", "3", "10.335", "0", "21"),
						ContractFixtures.line("Rodillo", "7", "1.115", "0", "21"),
						ContractFixtures.line("Libro de colores", "1", "12.50", "0", "4"),
						ContractFixtures.line("Transporte", "1", "33.33", "0", "10")));

		InvoiceView draft = fixtures.draft(team, contract, InvoiceType.F1,
				contract.lines().stream().map(line -> BillingFixtures.invoiceLine(line, line.quantity().toPlainString())).toList());

		// 3 × 10.335 = 31.005 → 31.01; 7 × 1.115 = 7.805 → 7.81; the 21 % base is the sum of the rounded nets
		assertThat(draft.lines()).extracting(line -> line.netAmount().toPlainString())
			.containsExactly("31.01", "7.81", "12.50", "33.33");
		assertThat(draft.taxes()).extracting(tax -> tax.vatRate().toPlainString(), tax -> tax.base().toPlainString(),
				tax -> tax.vat().toPlainString(), tax -> tax.recargoRate().toPlainString(), tax -> tax.recargo().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("4.00", "12.50", "0.50", "0.50", "0.06"),
					org.assertj.core.groups.Tuple.tuple("10.00", "33.33", "3.33", "1.40", "0.47"),
					org.assertj.core.groups.Tuple.tuple("21.00", "38.82", "8.15", "5.20", "2.02"));
		assertThat(draft.netTotal()).isEqualByComparingTo("84.65");
		assertThat(draft.taxTotal()).as("VAT 11.98 and recargo 2.55").isEqualByComparingTo("14.53");
		assertThat(draft.grossTotal()).isEqualByComparingTo("99.18");
	}

	@Test
	void takesTheDefaultSeriesOfTheTypeAndRefusesASeriesOfAnotherKind() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		var line = Map.of("contractLineId", BillingFixtures.line(contract, 1).id(), "quantity", 1);

		calls.send(post("/api/v1/invoices"), team.clerk(), Map.of("contractId", contract.id(), "type", "F2",
				"lines", List.of(line)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.series").value("S"));
		calls.send(post("/api/v1/invoices"), team.clerk(), Map.of("contractId", contract.id(), "type", "F1",
				"series", "R", "lines", List.of(line)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("series"));
	}

	@Test
	void aFreeLineNeedsItsDescriptionPriceRateAndReason() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		JsonNode errors = calls.read(calls.send(post("/api/v1/invoices"), team.clerk(), Map.of("contractId",
				contract.id(), "lines", List.of(Map.of("quantity", 1), Map.of("contractLineId", 999999999L, "quantity", 0))))
			.andExpect(status().isBadRequest())).get("errors");

		assertThat(errors.valueStream().map(error -> error.get("field").asString()).toList()).contains(
				"lines[0].description", "lines[0].reason", "lines[0].unitPrice", "lines[0].vatRate",
				"lines[1].contractLineId", "lines[1].quantity");

		calls.send(post("/api/v1/invoices"), team.clerk(), Map.of("contractId", contract.id(), "lines",
				List.of(Map.of("description", "Portes urgentes", "quantity", 1, "unitPrice", 15, "vatRate", 21,
						"reason", "Envío urgente pedido por el cliente"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].contractLineId").isEmpty())
			.andExpect(jsonPath("$.lines[0].reason").value("Envío urgente pedido por el cliente"))
			.andExpect(jsonPath("$.grossTotal").value(18.15));
	}

	@Test
	void changesADraftAtItsVersionAndRefusesAStaleOneWith409() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		InvoiceView draft = fixtures.draft(team, contract, InvoiceType.F1,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "100")));
		Map<String, Object> body = Map.of("version", draft.version(), "operationDate", "2026-02-01", "lines",
				List.of(Map.of("contractLineId", BillingFixtures.line(contract, 0).id(), "quantity", 200)));

		calls.send(put("/api/v1/invoices/" + draft.id()), team.clerk(), body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(draft.version() + 1))
			.andExpect(jsonPath("$.operationDate").value("2026-02-01"))
			.andExpect(jsonPath("$.netTotal").value(20.0));
		calls.send(put("/api/v1/invoices/" + draft.id()), team.clerk(), body).andExpect(status().isConflict());
		calls.send(put("/api/v1/invoices/" + draft.id()), team.clerk(), Map.of("lines", List.of()))
			.andExpect(status().isConflict());
	}

	@Test
	void deletesADraft() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		InvoiceView draft = fixtures.draft(team, contract, InvoiceType.F1,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "100")));

		calls.send(delete("/api/v1/invoices/" + draft.id()), team.clerk(), null).andExpect(status().isNoContent());
		calls.send(get("/api/v1/invoices/" + draft.id()), team.clerk(), null).andExpect(status().isNotFound());
	}

	@Test
	void dueDatesFollowTheContractsTermsElseTheCustomersElseTheCompanys() throws Exception {
		var team = fixtures.team();
		CustomerView customer = fixtures.customer(team.rep(), ContractFixtures.dni(), false);
		fixtures.billing(customer, new BillingData(null, null, null, null, false, "es"));
		ContractView contract = fixtures.activeSale(team, customer, false);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));

		calls.send(post("/api/v1/invoices"), team.clerk(), Map.of("contractId", contract.id(), "issueDate",
				today.toString(), "lines", List.of(Map.of("contractLineId", BillingFixtures.line(contract, 1).id(),
						"quantity", 1))))
			.andExpect(jsonPath("$.dueDate").value(today.plusDays(30).toString()));
	}

	@Test
	void onlyTheBackOfficeDraftsAndARepSeesOnlyHisCustomersInvoices() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		InvoiceView draft = fixtures.draft(team, contract, InvoiceType.F1,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "100")));

		calls.send(post("/api/v1/invoices"), team.rep(), Map.of("contractId", contract.id(), "lines", List.of()))
			.andExpect(status().isForbidden());
		calls.send(get("/api/v1/invoices/" + draft.id()), team.rep(), null).andExpect(status().isOk());
		calls.send(get("/api/v1/invoices/" + draft.id()), team.otherRep(), null).andExpect(status().isNotFound());
		calls.send(get("/api/v1/invoices/" + draft.id()), team.manager(), null).andExpect(status().isOk());
		calls.send(get("/api/v1/invoices?contractId=" + contract.id()), team.otherRep(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
		calls.send(get("/api/v1/invoices?contractId=" + contract.id() + "&status=DRAFT"), team.rep(), null)
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(draft.id()));
	}

	@Test
	void refusesToInvoiceAContractNotYetActive() throws Exception {
		var team = fixtures.team();
		ContractView draft = contracts.draftBy(team.rep());

		calls.send(post("/api/v1/invoices"), team.clerk(), Map.of("contractId", draft.id(), "lines",
				List.of(Map.of("contractLineId", draft.lines().get(0).id(), "quantity", 1))))
			.andExpect(status().isUnprocessableContent());
	}
}
