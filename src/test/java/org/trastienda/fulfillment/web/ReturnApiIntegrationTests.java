package org.trastienda.fulfillment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;
import org.trastienda.fulfillment.Fulfillment;
import org.trastienda.fulfillment.FulfillmentFixtures;
import org.trastienda.fulfillment.LineFulfilment;
import org.trastienda.fulfillment.RecordedReturns;
import org.trastienda.fulfillment.ReturnReceived;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.ReturnedLine;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Returns through the API: what may come back, the four-eyes verification, the steps, and what billing hears. */
@IntegrationTest
class ReturnApiIntegrationTests {

	@Autowired
	JsonCalls calls;

	@Autowired
	FulfillmentFixtures fixtures;

	@Autowired
	Shipments shipments;

	@Autowired
	Fulfillment fulfillment;

	@Autowired
	RecordedReturns recorded;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void theContractsRepRegistersAReturnOfADeliveredShipmentWithinWhatWasShipped() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ShipmentView shipment = fixtures.delivered(team, contract, "100");
		Long line = shipment.lines().get(0).id();

		calls.send(post("/api/v1/returns").header("Accept-Language", "en"), team.rep(), body(shipment, line, 101))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail")
				.value("Line 1 (Tornillo M8): 101 ud asked, but only 100 ud may still be returned."));
		calls.send(post("/api/v1/returns"), team.rep(), body(shipment, line, 60))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(matchesPattern("DV-\\d{4}-\\d{5}")))
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.reason").value("DEFECTIVE"))
			.andExpect(jsonPath("$.registeredBy").value(team.rep().username()))
			.andExpect(jsonPath("$.lines[0].contractLineId").value(contract.lines().get(0).id()))
			.andExpect(jsonPath("$.lines[0].quantity").value(60.0))
			.andExpect(jsonPath("$.value").value(5.4));
		calls.send(post("/api/v1/returns").header("Accept-Language", "en"), team.clerk(), body(shipment, line, 41))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("only 40 ud may still be returned")));
	}

	@Test
	void refusesReturnsOfShipmentsNotDeliveredAndOfOtherRepsContracts() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.ship(team, fixtures.activeSale(team), "100");

		calls.send(post("/api/v1/returns").header("Accept-Language", "en"), team.clerk(),
				body(shipment, shipment.lines().get(0).id(), 1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("only delivered shipments can be returned")));
		calls.send(post("/api/v1/returns"), team.otherRep(), body(shipment, shipment.lines().get(0).id(), 1))
			.andExpect(status().isNotFound());
		calls.send(post("/api/v1/returns"), team.manager(), body(shipment, shipment.lines().get(0).id(), 1))
			.andExpect(status().isForbidden());
	}

	@Test
	void whoRegisteredAReturnCannotVerifyItTheRepsManagerCan() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.delivered(team, fixtures.activeSale(team), "100");
		ReturnView byRep = fixtures.requestReturn(team.rep(), shipment, "5");

		calls.send(post("/api/v1/returns/{id}/verify", byRep.id()).header("Accept-Language", "en"), team.rep(),
				Map.of("note", "Yo mismo"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("You registered return " + byRep.number()
					+ ": someone else (the contract's sales rep, their regional manager or the sales director) must verify it."));
		calls.send(post("/api/v1/returns/{id}/verify", byRep.id()), team.manager(), Map.of("note", "Visto"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.verifiedBy").value(team.manager().username()))
			.andExpect(jsonPath("$.verificationNote").value("Visto"));
	}

	@Test
	void onlyTheContractsRepOrAboveVerifies() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.delivered(team, fixtures.activeSale(team), "100");
		ReturnView byClerk = fixtures.requestReturn(team.clerk(), shipment, "5");

		calls.send(post("/api/v1/returns/{id}/verify", byClerk.id()), team.clerk(), Map.of())
			.andExpect(status().isForbidden());
		calls.send(post("/api/v1/returns/{id}/verify", byClerk.id()), team.otherRep(), Map.of())
			.andExpect(status().isNotFound());
		calls.send(post("/api/v1/returns/{id}/verify", byClerk.id()), fixtures.team().manager(), Map.of())
			.andExpect(status().isNotFound());
		calls.send(post("/api/v1/returns/{id}/verify", byClerk.id()), team.rep(), Map.of("version", byClerk.version()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verifiedBy").value(team.rep().username()));
	}

	@Test
	void receivingAReturnPublishesReturnReceivedAndLetsTheGoodsShipAgain() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ShipmentView shipment = fixtures.delivered(team, contract, "1000", "2");
		ReturnView requested = fixtures.requestReturn(team.clerk(), shipment, "150", null);
		calls.send(post("/api/v1/returns/{id}/receive", requested.id()), team.clerk(), Map.of("condition", "AS_NEW"))
			.andExpect(status().isUnprocessableContent());
		calls.send(post("/api/v1/returns/{id}/verify", requested.id()), team.rep(), Map.of()).andExpect(status().isOk());

		calls.send(post("/api/v1/returns/{id}/receive", requested.id()), team.clerk(), Map.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("condition"));
		calls.send(post("/api/v1/returns/{id}/receive", requested.id()), team.clerk(), Map.of("condition", "DAMAGED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.condition").value("DAMAGED"))
			.andExpect(jsonPath("$.receivedOn").value(shipments.today().toString()));

		assertThat(recorded.about(requested.id())).singleElement().satisfies(heard -> {
			assertThat(heard.inTransaction()).isTrue();
			assertThat(heard.event()).isEqualTo(new ReturnReceived(requested.id(), contract.id(), shipment.id(),
					shipments.today(), List.of(new ReturnedLine(contract.lines().get(0).id(), new BigDecimal("150.000")))));
		});
		List<LineFulfilment> progress = fixtures.as(team.clerk(), () -> fulfillment.progress(contract.id()));
		assertThat(progress.get(0)).isEqualTo(new LineFulfilment(contract.lines().get(0).id(), new BigDecimal("1000.000"),
				new BigDecimal("1000.000"), new BigDecimal("1000.000"), new BigDecimal("150.000")));
		calls.send(get("/api/v1/contracts/{id}/remaining-quantities", contract.id()), team.rep(), null)
			.andExpect(jsonPath("$[0].remaining").value(150.0))
			.andExpect(jsonPath("$[1].remaining").value(0.0));
		fixtures.ship(team, contract, "150");

		calls.send(post("/api/v1/returns/{id}/close", requested.id()), team.rep(), Map.of())
			.andExpect(status().isForbidden());
		calls.send(post("/api/v1/returns/{id}/close", requested.id()), team.clerk(), Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedBy").value(team.clerk().username()));
		calls.send(get("/api/v1/contracts/{id}/history", contract.id()), team.rep(), null)
			.andExpect(jsonPath("$[*].action").value(hasItem("RETURN_RECEIVED")));
	}

	@Test
	void rejectsAReturnWithAReasonAndItsQuantityMayBeReturnedAgain() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.delivered(team, fixtures.activeSale(team), "100");
		ReturnView requested = fixtures.requestReturn(team.clerk(), shipment, "100");

		calls.send(post("/api/v1/returns/{id}/reject", requested.id()), team.rep(), Map.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		calls.send(post("/api/v1/returns/{id}/reject", requested.id()), team.clerk(), Map.of("reason", "No"))
			.andExpect(status().isForbidden());
		calls.send(post("/api/v1/returns/{id}/reject", requested.id()), team.rep(),
				Map.of("reason", "Uso indebido", "version", requested.version()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.rejectionReason").value("Uso indebido"))
			.andExpect(jsonPath("$.rejectedBy").value(team.rep().username()));
		calls.send(post("/api/v1/returns/{id}/verify", requested.id()), team.rep(), Map.of())
			.andExpect(status().isUnprocessableContent());
		calls.send(post("/api/v1/returns"), team.clerk(), body(shipment, shipment.lines().get(0).id(), 100))
			.andExpect(status().isCreated());
	}

	@Test
	void refusesAStaleStepWith409AndAnswers404OutsideTheScope() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.delivered(team, fixtures.activeSale(team), "100");
		ReturnView requested = fixtures.requestReturn(team.clerk(), shipment, "1");
		calls.send(post("/api/v1/returns/{id}/verify", requested.id()), team.rep(), Map.of()).andExpect(status().isOk());

		calls.send(post("/api/v1/returns/{id}/receive", requested.id()), team.clerk(),
				Map.of("condition", "AS_NEW", "version", requested.version()))
			.andExpect(status().isConflict());
		calls.send(get("/api/v1/returns/{id}", requested.id()), team.otherRep(), null).andExpect(status().isNotFound());
		calls.send(get("/api/v1/returns").param("shipmentId", shipment.id().toString()), team.rep(), null)
			.andExpect(jsonPath("$.content[0].number").value(requested.number()))
			.andExpect(jsonPath("$.content[0].status").value("VERIFIED"));
	}

	private static Map<String, Object> body(ShipmentView shipment, Long line, Number quantity) {
		return Map.of("shipmentId", shipment.id(), "reason", "DEFECTIVE", "reasonText", "Rosca dañada", "lines",
				List.of(Map.of("shipmentLineId", line, "quantity", quantity)));
	}
}
