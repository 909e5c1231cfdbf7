package org.trastienda.billing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Invoice requests through the API: a rep asks and follows them, the back office reserves or rejects. */
@IntegrationTest
class InvoiceRequestsIntegrationTests {

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	JsonCalls calls;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aRepAsksForAnInvoiceAndTheBackOfficeReservesIt() throws Exception {
		var team = fixtures.team();
		ContractView contract = contract(team);
		LocalDate expected = LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(3);

		JsonNode request = calls.read(calls.send(post("/api/v1/invoice-requests"), team.rep(),
				Map.of("contractId", contract.id(), "note", "Facturar la primera entrega"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.requestedBy").value(team.rep().username()))
			.andExpect(jsonPath("$.contractNumber").value(contract.number())));
		long id = request.get("id").asLong();

		calls.send(post("/api/v1/invoice-requests/" + id + "/reserve"), team.rep(), Map.of("expectedOn", expected.toString()))
			.andExpect(status().isForbidden());
		calls.send(post("/api/v1/invoice-requests/" + id + "/reserve"), team.clerk(),
				Map.of("version", 0, "expectedOn", expected.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESERVED"))
			.andExpect(jsonPath("$.assignedTo").value(team.clerk().username()))
			.andExpect(jsonPath("$.expectedOn").value(expected.toString()));
		calls.send(get("/api/v1/invoice-requests/" + id), team.rep(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESERVED"));
	}

	@Test
	void theBackOfficeRejectsARequestWithAReason() throws Exception {
		var team = fixtures.team();
		long id = request(team, contract(team));

		calls.send(post("/api/v1/invoice-requests/" + id + "/reject"), team.clerk(), Map.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		calls.send(post("/api/v1/invoice-requests/" + id + "/reject"), team.clerk(),
				Map.of("reason", "El cliente aún no ha recibido la mercancía"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.rejectReason").value("El cliente aún no ha recibido la mercancía"));
		calls.send(post("/api/v1/invoice-requests/" + id + "/reserve"), team.clerk(),
				Map.of("expectedOn", LocalDate.now().plusDays(1).toString()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aReservationNeedsABackOfficeClerkAndADayNotPast() throws Exception {
		var team = fixtures.team();
		long id = request(team, contract(team));

		JsonNode errors = calls.read(calls.send(post("/api/v1/invoice-requests/" + id + "/reserve"), team.clerk(),
				Map.of("assignedTo", team.rep().username(), "expectedOn", "2020-01-01"))
			.andExpect(status().isBadRequest())).get("errors");

		assertThat(errors.valueStream().map(error -> error.get("field").asString()).toList())
			.containsExactlyInAnyOrder("assignedTo", "expectedOn");
	}

	@Test
	void aRepSeesTheRequestsOfHisContractsOnly() throws Exception {
		var team = fixtures.team();
		ContractView contract = contract(team);
		long id = request(team, contract);

		calls.send(get("/api/v1/invoice-requests?contractId=" + contract.id()), team.rep(), null)
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(id));
		calls.send(get("/api/v1/invoice-requests?contractId=" + contract.id()), team.otherRep(), null)
			.andExpect(jsonPath("$.page.totalElements").value(0));
		calls.send(get("/api/v1/invoice-requests/" + id), team.otherRep(), null).andExpect(status().isNotFound());
		calls.send(post("/api/v1/invoice-requests"), team.otherRep(), Map.of("contractId", contract.id(), "note", "Yo"))
			.andExpect(status().isNotFound());
	}

	private ContractView contract(ContractFixtures.Team team) {
		return fixtures.inAdvance(team);
	}

	private long request(ContractFixtures.Team team, ContractView contract) throws Exception {
		return calls.read(calls.send(post("/api/v1/invoice-requests"), team.rep(),
				Map.of("contractId", contract.id(), "note", "Facturar lo entregado"))).get("id").asLong();
	}
}
