package org.trastienda.contracts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Drafting, reading, listing and editing contracts through the API, and every refusal. */
@IntegrationTest
class ContractApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ContractFixtures fixtures;

	@Autowired
	Contracts contracts;

	@Autowired
	JsonCalls calls;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void draftsAContractAndAnswersItInTheApiShape() throws Exception {
		var team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);

		calls.send(post("/api/v1/contracts"), team.rep(), ContractBodies.sale(party.id(), "Suministro anual"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/contracts/\\d+")))
			.andExpect(jsonPath("$.number").value(matchesPattern("CV-\\d{4}-\\d{5}")))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.kind").value("SALE"))
			.andExpect(jsonPath("$.partyId").value(party.id()))
			.andExpect(jsonPath("$.title").value("Suministro anual"))
			.andExpect(jsonPath("$.signedOn").value("2026-03-02"))
			.andExpect(jsonPath("$.startsOn").value("2026-03-02"))
			.andExpect(jsonPath("$.endsOn").value("2026-12-31"))
			.andExpect(jsonPath("$.currency").value("EUR"))
			.andExpect(jsonPath("$.paymentTermsDays").value(45))
			.andExpect(jsonPath("$.ownerUsername").value(team.rep().username()))
			.andExpect(jsonPath("$.regionCode").value(team.region().code()))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.lines[0].id").isNumber())
			.andExpect(jsonPath("$.lines[0].productId").isEmpty())
			.andExpect(jsonPath("$.lines[0].description").value("Tornillo M8"))
			.andExpect(jsonPath("$.lines[0].quantity").value(1000.0))
			.andExpect(jsonPath("$.lines[0].unit").value("ud"))
			.andExpect(jsonPath("$.lines[0].unitPrice").value(0.1))
			.andExpect(jsonPath("$.lines[0].discountPercent").value(0.0))
			.andExpect(jsonPath("$.lines[0].vatRate").value(21.0))
			.andExpect(jsonPath("$.lines[0].netAmount").value(100.0))
			.andExpect(jsonPath("$.lines[0].vatAmount").value(21.0))
			.andExpect(jsonPath("$.lines[1].netAmount").value(50.0))
			.andExpect(jsonPath("$.lines[1].vatAmount").value(5.0))
			.andExpect(jsonPath("$.netTotal").value(150.0))
			.andExpect(jsonPath("$.vatTotal").value(26.0))
			.andExpect(jsonPath("$.grossTotal").value(176.0));
	}

	@Test
	void numbersPurchasesApartFromSales() throws Exception {
		var team = fixtures.team();
		CustomerView supplier = fixtures.party(team.rep(), CustomerKind.SUPPLIER);
		Map<String, Object> body = ContractBodies.sale(supplier.id(), "Compra de acero");
		body.put("kind", "PURCHASE");

		calls.send(post("/api/v1/contracts"), team.clerk(), body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(matchesPattern("CC-\\d{4}-\\d{5}")))
			.andExpect(jsonPath("$.ownerUsername").value(team.rep().username()));
	}

	@Test
	void refusesInvalidDraftsWithFieldErrorsInTheCallersLanguage() throws Exception {
		var team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);
		Map<String, Object> body = ContractBodies.sale(party.id(), " ");
		body.put("endsOn", "2026-01-01");
		body.put("currency", "EURO");
		body.put("lines", List.of(ContractBodies.line(null, "Tornillo", "0.0001", "0.12345", "150")));

		calls.send(post("/api/v1/contracts").header("Accept-Language", "en"), team.rep(), body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "endsOn", "currency",
					"lines[0].quantity", "lines[0].unitPrice", "lines[0].vatRate")))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Title is required."))
			.andExpect(jsonPath("$.errors[?(@.field == 'lines[0].quantity')].message")
				.value("Quantity of line 1 allows at most 3 decimals."))
			.andExpect(jsonPath("$.errors[?(@.field == 'lines[0].vatRate')].message")
				.value("VAT rate of line 1 must be between 0 and 100."))
			.andExpect(jsonPath("$.errors[?(@.field == 'endsOn')].message")
				.value("Ends on cannot be before Starts on."));

		calls.send(post("/api/v1/contracts").header("Accept-Language", "es"), team.rep(), body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Título es obligatorio."))
			.andExpect(jsonPath("$.errors[?(@.field == 'lines[0].unitPrice')].message")
				.value("Precio unitario de la línea 1 admite como máximo 4 decimales."));
	}

	@Test
	void refusesAPartyTheRepCannotSeeOrOfTheWrongKind() throws Exception {
		var team = fixtures.team();
		CustomerView theirs = fixtures.party(team.otherRep(), CustomerKind.CUSTOMER);
		CustomerView supplier = fixtures.party(team.rep(), CustomerKind.SUPPLIER);

		calls.send(post("/api/v1/contracts"), team.rep(), ContractBodies.sale(theirs.id(), "Ajeno"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partyId"));
		calls.send(post("/api/v1/contracts").header("Accept-Language", "en"), team.rep(),
				ContractBodies.sale(supplier.id(), "Venta a proveedor"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partyId"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Party: " + supplier.legalName() + " is a supplier and cannot be the party of a sale contract."));
	}

	@Test
	void refusesCreationToRolesThatOnlyRead() throws Exception {
		var team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);

		calls.send(post("/api/v1/contracts"), team.manager(), ContractBodies.sale(party.id(), "No"))
			.andExpect(status().isForbidden());
	}

	@Test
	void answers404ForContractsOutsideTheCallersScope() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.draftBy(team.rep());
		var otherTeam = fixtures.team();

		mvc.perform(get("/api/v1/contracts/{id}", contract.id()).with(accounts.as(team.otherRep())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/{id}", contract.id()).with(accounts.as(otherTeam.manager())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/{id}/history", contract.id()).with(accounts.as(otherTeam.manager())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/{id}", contract.id()).with(accounts.as(team.manager())))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/contracts/{id}", contract.id()).with(accounts.as(team.director())))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/contracts/{id}", Long.MAX_VALUE).with(accounts.as(team.director())))
			.andExpect(status().isNotFound());
	}

	@Test
	void listsContractsWithFiltersSortingAndThePagedModelShape() throws Exception {
		var team = fixtures.team();
		String marker = "lst" + UUID.randomUUID().toString().substring(0, 8);
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);
		fixtures.as(team.rep(), () -> contracts.create(ContractFixtures.sale(party.id(), marker + " B")));
		fixtures.as(team.rep(), () -> contracts.create(ContractFixtures.sale(party.id(), marker + " A")));
		fixtures.as(team.otherRep(), () -> contracts.create(ContractFixtures.sale(
				fixtures.party(team.otherRep(), CustomerKind.CUSTOMER).id(), marker + " C")));

		mvc.perform(get("/api/v1/contracts").param("q", marker.toUpperCase()).param("sort", "title,asc")
			.with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].title").value(marker + " A"))
			.andExpect(jsonPath("$.content[0].lines.length()").value(2))
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.size").value(20));
		mvc.perform(get("/api/v1/contracts").param("q", marker).param("region", team.region().code())
			.param("status", "DRAFT").param("kind", "SALE").param("signedFrom", "2026-03-02")
			.param("signedTo", "2026-03-02").param("size", "2").with(accounts.as(team.manager())))
			.andExpect(jsonPath("$.page.totalElements").value(3));
		mvc.perform(get("/api/v1/contracts").param("q", marker).param("owner", team.otherRep().username())
			.with(accounts.as(team.director())))
			.andExpect(jsonPath("$.content[*].title").value(containsInAnyOrder(marker + " C")));
		mvc.perform(get("/api/v1/contracts").param("partyId", party.id().toString()).with(accounts.as(team.clerk())))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(get("/api/v1/contracts").param("q", marker).param("signedFrom", "2026-03-03")
			.with(accounts.as(team.clerk())))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void refusesUnknownSortAndBadPagingWith400() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);

		mvc.perform(get("/api/v1/contracts").param("sort", "secret,asc").with(accounts.as(clerk)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/contracts").param("size", "1000").with(accounts.as(clerk)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/contracts").param("signedFrom", "ayer").with(accounts.as(clerk)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void editsADraftLineByLineAndRecordsEachChange() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		Map<String, Object> body = ContractBodies.sale(draft.partyId(), "Suministro revisado");
		body.put("version", draft.version());
		body.put("lines", List.of(ContractBodies.line(draft.lines().get(0).id(), "Tornillo M8", "2000", "0.1000", "21"),
				ContractBodies.line(null, "Transporte", "1", "0.005", "21")));

		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.clerk(), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Suministro revisado"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.lines[0].id").value(draft.lines().get(0).id()))
			.andExpect(jsonPath("$.lines[0].netAmount").value(200.0))
			.andExpect(jsonPath("$.lines[1].netAmount").value(0.01))
			.andExpect(jsonPath("$.netTotal").value(200.01))
			.andExpect(jsonPath("$.vatTotal").value(42.0))
			.andExpect(jsonPath("$.grossTotal").value(242.01));

		mvc.perform(get("/api/v1/contracts/{id}/history", draft.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$[*].action").value(hasItem("LINE_CHANGED")))
			.andExpect(jsonPath("$[*].action").value(hasItem("LINE_ADDED")))
			.andExpect(jsonPath("$[*].action").value(hasItem("LINE_REMOVED")))
			.andExpect(jsonPath("$[?(@.action == 'UPDATED')].changes[*].field").value(hasItem("title")))
			.andExpect(jsonPath("$[*].customerId").value(hasItem(draft.partyId().intValue())));
		mvc.perform(get("/api/v1/customers/{id}/timeline", draft.partyId()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$[*].entityType").value(hasItem("Contract")));
	}

	@Test
	void keepsTheFulfilmentTermsADraftSetsAndRefusesAToleranceAbove100() throws Exception {
		var team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);
		Map<String, Object> body = ContractBodies.sale(party.id(), "Con tolerancia");
		body.put("overDeliveryTolerancePercent", 150);
		calls.send(post("/api/v1/contracts").header("Accept-Language", "en"), team.rep(), body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'overDeliveryTolerancePercent')].message")
				.value("Over-delivery tolerance (%) must be between 0 and 100."));

		body.put("overDeliveryTolerancePercent", 5.5);
		body.put("invoicingInAdvance", true);
		long id = calls.read(calls.send(post("/api/v1/contracts"), team.rep(), body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.overDeliveryTolerancePercent").value(5.5))
			.andExpect(jsonPath("$.invoicingInAdvance").value(true))).get("id").asLong();

		body.remove("overDeliveryTolerancePercent");
		body.remove("invoicingInAdvance");
		body.put("version", 0);
		body.put("title", "Con tolerancia revisado");
		calls.send(put("/api/v1/contracts/{id}", id), team.rep(), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.overDeliveryTolerancePercent").value(5.5))
			.andExpect(jsonPath("$.invoicingInAdvance").value(true));
		calls.send(post("/api/v1/contracts"), team.rep(), ContractBodies.sale(party.id(), "Sin tolerancia"))
			.andExpect(jsonPath("$.overDeliveryTolerancePercent").value(0.0))
			.andExpect(jsonPath("$.invoicingInAdvance").value(false));
	}

	@Test
	void refusesAStaleEditWith409() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		Map<String, Object> body = ContractBodies.sale(draft.partyId(), "Primero");
		body.put("version", draft.version());
		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.rep(), body).andExpect(status().isOk());

		body.put("title", "Segundo");
		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.rep(), body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void refusesEditsByRepsWhoNeitherWroteNorOwnTheDraft() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		Map<String, Object> body = ContractBodies.sale(draft.partyId(), "Cambio");
		body.put("version", draft.version());

		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.otherRep(), body).andExpect(status().isNotFound());
		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.manager(), body).andExpect(status().isForbidden());
	}

	@Test
	void refusesToChangeTheKindOfANumberedContractWith422() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		Map<String, Object> body = ContractBodies.sale(draft.partyId(), "Cambio");
		body.put("version", draft.version());
		body.put("kind", "PURCHASE");

		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.rep(), body).andExpect(status().isUnprocessableContent());
	}

	@Test
	void refusesLinesOfAnotherContract() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		ContractView other = fixtures.draftBy(team.rep());
		Map<String, Object> body = ContractBodies.sale(draft.partyId(), "Cambio");
		body.put("version", draft.version());
		body.put("lines", List.of(ContractBodies.line(other.lines().get(0).id(), "Robada", "1", "1", "21")));

		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.rep(), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].id"));
	}
}
