package org.trastienda.fulfillment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneType;
import org.trastienda.execution.MilestoneView;
import org.trastienda.fulfillment.FulfillmentFixtures;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;
import org.trastienda.identity.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Shipments through the API: what may ship, the status machine, milestones, timelines, scope and documents. */
@IntegrationTest
class ShipmentApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonCalls calls;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FulfillmentFixtures fixtures;

	@Autowired
	Shipments shipments;

	@Autowired
	ExecutionSchedule schedules;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void makesAShipmentOfPartOfAContractNumberedForTheYear() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		Long screws = contract.lines().get(0).id();

		calls.send(post("/api/v1/shipments"), team.clerk(), body(contract, Map.of(screws, 400)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/shipments/\\d+")))
			.andExpect(jsonPath("$.number").value(matchesPattern("AL-" + shipments.today().getYear() + "-\\d{5}")))
			.andExpect(jsonPath("$.kind").value("SHIPMENT"))
			.andExpect(jsonPath("$.status").value("PREPARED"))
			.andExpect(jsonPath("$.contractNumber").value(contract.number()))
			.andExpect(jsonPath("$.partyId").value(contract.partyId()))
			.andExpect(jsonPath("$.carrier").value("SEUR"))
			.andExpect(jsonPath("$.shipMode").value("ROAD"))
			.andExpect(jsonPath("$.lines.length()").value(1))
			.andExpect(jsonPath("$.lines[0].contractLineId").value(screws))
			.andExpect(jsonPath("$.lines[0].description").value("Tornillo M8"))
			.andExpect(jsonPath("$.lines[0].quantity").value(400.0))
			.andExpect(jsonPath("$.lines[0].unitNetPrice").value(0.09))
			.andExpect(jsonPath("$.lines[0].value").value(36.0));

		calls.send(get("/api/v1/contracts/{id}/remaining-quantities", contract.id()), team.rep(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].contracted").value(1000.0))
			.andExpect(jsonPath("$[0].committed").value(400.0))
			.andExpect(jsonPath("$[0].shipped").value(0.0))
			.andExpect(jsonPath("$[0].remaining").value(600.0))
			.andExpect(jsonPath("$[1].remaining").value(2.0));
	}

	@Test
	void refusesMoreThanRemainsWith422NamingTheLineTheQuantityAskedAndTheQuantityRemaining() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.ship(team, contract, "700");

		calls.send(post("/api/v1/shipments").header("Accept-Language", "en"), team.clerk(),
				body(contract, Map.of(contract.lines().get(0).id(), 301)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Line 1 (Tornillo M8): 301 ud asked, but only 300 ud remain to ship."));
		calls.send(post("/api/v1/shipments"), team.clerk(), body(contract, Map.of(contract.lines().get(0).id(), 300)))
			.andExpect(status().isCreated());
	}

	@Test
	void letsALineShipItsContractsOverDeliveryToleranceAndNoMore() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.active(team, ContractKind.SALE, new BigDecimal("5"));
		Long screws = contract.lines().get(0).id();

		calls.send(post("/api/v1/shipments").header("Accept-Language", "es"), team.clerk(),
				body(contract, Map.of(screws, 1050.001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(
					"Línea 1 (Tornillo M8): se piden 1050.001 ud, pero solo quedan 1050 ud por enviar."));
		calls.send(post("/api/v1/shipments"), team.clerk(), body(contract, Map.of(screws, 1050)))
			.andExpect(status().isCreated());
	}

	@Test
	void refusesInvalidShipmentsWith400AndShipmentsOfContractsNotActiveWith422() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		Map<String, Object> invalid = body(contract, Map.of(contract.lines().get(0).id(), -1));
		invalid.put("shipMode", null);
		calls.send(post("/api/v1/shipments").header("Accept-Language", "en"), team.clerk(), invalid)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'shipMode')].message").value("Ship mode is required."))
			.andExpect(jsonPath("$.errors[?(@.field == 'lines[0].quantity')].message")
				.value("Quantity of line 1 must be greater than zero."));
		calls.send(post("/api/v1/shipments"), team.clerk(), body(contract, Map.of(-5L, 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].contractLineId"));

		ContractView draft = fixtures.draft(team, ContractKind.SALE, BigDecimal.ZERO);
		calls.send(post("/api/v1/shipments").header("Accept-Language", "en"), team.clerk(),
				body(draft, Map.of(draft.lines().get(0).id(), 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("only active contracts")));
	}

	@Test
	void onlyTheBackOfficeMakesShipmentsAndRecordsTheirStatus() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ShipmentView shipment = fixtures.ship(team, contract, "10");

		calls.send(post("/api/v1/shipments"), team.rep(), body(contract, Map.of(contract.lines().get(0).id(), 1)))
			.andExpect(status().isForbidden());
		calls.send(post("/api/v1/shipments/{id}/status", shipment.id()), team.manager(), Map.of("status", "SHIPPED"))
			.andExpect(status().isForbidden());
		calls.send(get("/api/v1/shipments/{id}", shipment.id()), team.rep(), null).andExpect(status().isOk());
	}

	@Test
	void followsTheStatusMachine() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ShipmentView shipment = fixtures.ship(team, contract, "10");
		String path = "/api/v1/shipments/" + shipment.id() + "/status";
		LocalDate today = shipments.today();

		calls.send(post(path).header("Accept-Language", "en"), team.clerk(), Map.of("status", "DELIVERED"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(shipment.number() + " cannot go from Prepared to Delivered."));
		calls.send(post(path), team.clerk(), Map.of("status", "SHIPPED", "occurredOn", today.plusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
		calls.send(post(path), team.clerk(), Map.of("status", "SHIPPED", "occurredOn", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SHIPPED"))
			.andExpect(jsonPath("$.shippedOn").value(today.toString()));
		calls.send(post(path).header("Accept-Language", "en"), team.clerk(), Map.of("status", "EXCEPTION"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("an exception needs a note")));
		calls.send(post(path), team.clerk(), Map.of("status", "EXCEPTION", "note", "Retenido en aduana"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statusNote").value("Retenido en aduana"));
		calls.send(post(path), team.clerk(), Map.of("status", "IN_TRANSIT")).andExpect(status().isOk());
		calls.send(post(path), team.clerk(), Map.of("status", "DELIVERED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deliveredOn").value(today.toString()));
		calls.send(post(path), team.clerk(), Map.of("status", "IN_TRANSIT"))
			.andExpect(status().isUnprocessableContent());

		calls.send(get("/api/v1/shipments/{id}/status-history", shipment.id()), team.rep(), null)
			.andExpect(jsonPath("$[*].status").value(contains("PREPARED", "SHIPPED", "EXCEPTION", "IN_TRANSIT", "DELIVERED")))
			.andExpect(jsonPath("$[1].source").value("API"))
			.andExpect(jsonPath("$[1].recordedBy").value(team.clerk().username()));
	}

	@Test
	void refusesAStaleStatusUpdateWith409() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.ship(team, fixtures.activeSale(team), "10");
		fixtures.move(team, shipment, ShipmentStatus.SHIPPED);

		calls.send(post("/api/v1/shipments/{id}/status", shipment.id()), team.clerk(),
				Map.of("status", "IN_TRANSIT", "version", shipment.version()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void putsEveryStatusChangeOnTheShipmentsTheContractsAndThePartysTimelines() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ShipmentView shipment = fixtures.ship(team, contract, "10");
		fixtures.move(team, shipment, ShipmentStatus.SHIPPED);

		calls.send(get("/api/v1/contracts/{id}/history", contract.id()), team.rep(), null)
			.andExpect(jsonPath("$[*].action").value(hasItem("SHIPMENT_CREATED")))
			.andExpect(jsonPath("$[*].action").value(hasItem("SHIPMENT_STATUS_CHANGED")))
			.andExpect(jsonPath("$[?(@.action == 'SHIPMENT_STATUS_CHANGED')].summary")
				.value(hasItem(contract.number() + " · " + shipment.number())));
		calls.send(get("/api/v1/customers/{id}/timeline", contract.partyId()), team.rep(), null)
			.andExpect(jsonPath("$[?(@.entityType == 'Shipment')].action").value(hasItem("STATUS_CHANGED")));
	}

	@Test
	void completesTheShipmentAndDeliveryMilestonesWhenTheLastQuantityShipsAndArrives() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.delivered(team, contract, "600", "2");
		assertThat(milestone(team, contract, MilestoneType.SHIPMENT).done()).isFalse();

		ShipmentView last = fixtures.ship(team, contract, "400");
		fixtures.move(team, last, ShipmentStatus.SHIPPED);
		MilestoneView shipped = milestone(team, contract, MilestoneType.SHIPMENT);
		assertThat(shipped.done()).isTrue();
		assertThat(shipped.actualDate()).isEqualTo(shipments.today());
		assertThat(milestone(team, contract, MilestoneType.DELIVERY).done()).isFalse();

		fixtures.move(team, last, ShipmentStatus.DELIVERED);
		MilestoneView delivered = milestone(team, contract, MilestoneType.DELIVERY);
		assertThat(delivered.done()).isTrue();
		assertThat(delivered.actualDate()).isEqualTo(shipments.today());
	}

	@Test
	void receivesGoodsOfAPurchaseContractAndCompletesItsGoodsReceivedMilestone() throws Exception {
		var team = fixtures.team();
		ContractView purchase = fixtures.active(team, ContractKind.PURCHASE, BigDecimal.ZERO);
		ShipmentView receipt = fixtures.delivered(team, purchase, "1000", "2");

		assertThat(receipt.number()).startsWith("RE-");
		assertThat(receipt.kind().name()).isEqualTo("RECEIPT");
		assertThat(milestone(team, purchase, MilestoneType.GOODS_RECEIVED).done()).isTrue();
	}

	@Test
	void answers404ForShipmentsOutsideTheCallersScope() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.ship(team, fixtures.activeSale(team), "10");
		var otherTeam = fixtures.team();

		calls.send(get("/api/v1/shipments/{id}", shipment.id()), team.otherRep(), null).andExpect(status().isNotFound());
		calls.send(get("/api/v1/shipments/{id}", shipment.id()), otherTeam.manager(), null)
			.andExpect(status().isNotFound());
		calls.send(get("/api/v1/shipments/{id}/delivery-note.pdf", shipment.id()), team.otherRep(), null)
			.andExpect(status().isNotFound());
		calls.send(get("/api/v1/shipments"), team.otherRep(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(shipment.id().intValue()))));
		calls.send(get("/api/v1/shipments").param("contractId", shipment.contractId().toString()), team.manager(), null)
			.andExpect(jsonPath("$.content[*].id").value(contains(shipment.id().intValue())));
	}

	@Test
	void servesTheDeliveryNoteAsAPdfInThePartysLanguage() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.ship(team, fixtures.activeSale(team), "10");

		byte[] pdf = calls.send(get("/api/v1/shipments/{id}/delivery-note.pdf", shipment.id()), team.rep(), null)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("albaran-" + shipment.number() + ".pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void filesTheProofOfDeliveryOnceDelivered() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.ship(team, fixtures.activeSale(team), "10");
		MockMultipartFile proof = new MockMultipartFile("file", "firma.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes());

		mvc.perform(multipart("/api/v1/shipments/{id}/proof-of-delivery", shipment.id()).file(proof)
			.with(accounts.as(team.clerk()))).andExpect(status().isUnprocessableContent());
		fixtures.move(team, shipment, ShipmentStatus.SHIPPED);
		fixtures.move(team, shipment, ShipmentStatus.DELIVERED);
		mvc.perform(multipart("/api/v1/shipments/{id}/proof-of-delivery", shipment.id()).file(proof)
			.with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proofOfDeliveryFileId").isNumber());
		mvc.perform(get("/api/v1/shipments/{id}/proof-of-delivery", shipment.id()).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void aContractThatShippedCannotBeCancelled() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.ship(team, contract, "10");

		calls.send(post("/api/v1/contracts/{id}/cancel", contract.id()), team.clerk(), Map.of("reason", "Error"))
			.andExpect(status().isUnprocessableContent());
	}

	private MilestoneView milestone(ContractFixtures.Team team, ContractView contract, MilestoneType type) {
		return fixtures.as(team.clerk(), () -> schedules.schedule(contract.id()).milestones().stream()
			.filter(milestone -> milestone.type() == type)
			.findFirst()
			.orElseThrow());
	}

	/** A shipment today of the quantities by contract line id. */
	private Map<String, Object> body(ContractView contract, Map<Long, Number> quantities) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("contractId", contract.id());
		body.put("shippedOn", shipments.today().toString());
		body.put("carrier", "SEUR");
		body.put("trackingNumber", "1Z999");
		body.put("shipMode", "ROAD");
		body.put("lines", quantities.entrySet().stream()
			.map(entry -> Map.of("contractLineId", entry.getKey(), "quantity", entry.getValue()))
			.toList());
		return body;
	}
}
