package org.trastienda.fulfillment.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneType;
import org.trastienda.fulfillment.FulfillmentFixtures;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tracking updates from a CSV file: checked first, written all or nothing, matched by shipment or tracking number. */
@IntegrationTest
class TrackingImportApiIntegrationTests {

	@Autowired
	MockMvc mvc;

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
	void aDryRunChecksTheFileAndWritesNothing() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.ship(team, fixtures.activeSale(team), "1000", "2");

		send(team.clerk(), "referencia;estado;fecha;nota\n" + shipment.number() + ";enviado;"
				+ shipments.today() + ";Salió del almacén\n", true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(1))
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.rejected.length()").value(0));

		assertThat(statusOf(team, shipment)).isEqualTo(ShipmentStatus.PREPARED);
	}

	@Test
	void importsEveryRowOrNoneAndCompletesTheMilestones() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ShipmentView first = fixtures.ship(team, contract, "1000", null);
		ShipmentView second = fixtures.ship(team, contract, null, "2");
		fixtures.move(team, second, ShipmentStatus.SHIPPED);
		String today = shipments.today().toString();
		String bad = "reference,status,date,note\n" + first.trackingNumber() + ",SHIPPED," + today + ",\n"
				+ second.number() + ",EXCEPTION," + today + ",\n" + "NO-SUCH-SHIPMENT,DELIVERED,,\n";

		send(team.clerk(), bad, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected.length()").value(2))
			.andExpect(jsonPath("$.rejected[0].row").value(3))
			.andExpect(jsonPath("$.rejected[0].field").value("note"))
			.andExpect(jsonPath("$.rejected[1].row").value(4))
			.andExpect(jsonPath("$.rejected[1].message").value(containsString("NO-SUCH-SHIPMENT")));
		assertThat(statusOf(team, first)).isEqualTo(ShipmentStatus.PREPARED);

		String good = "reference,status,date,note\n" + first.trackingNumber().toLowerCase() + ",SHIPPED," + today
				+ ",\n" + second.number() + ",entregado," + today + ",Firmado por el cliente\n";
		send(team.clerk(), good, false).andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(2));
		assertThat(statusOf(team, first)).isEqualTo(ShipmentStatus.SHIPPED);
		assertThat(statusOf(team, second)).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(fixtures.as(team.clerk(), () -> shipments.statusHistory(second.id())).get(2).source().name())
			.isEqualTo("IMPORT");
		assertThat(fixtures.as(team.clerk(), () -> schedules.schedule(contract.id()).milestones().stream()
			.filter(milestone -> milestone.type() == MilestoneType.SHIPMENT)
			.findFirst()
			.orElseThrow()
			.done())).isTrue();

		send(team.clerk(), good.replace("SHIPPED", "shipped"), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(0));
	}

	@Test
	void refusesBackwardMovesAndUnreadableDatesRowByRow() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.delivered(team, fixtures.activeSale(team), "10");

		send(team.clerk(), "reference,status,date\n" + shipment.number() + ",IN_TRANSIT,31-02-2026\n", true)
			.andExpect(jsonPath("$.rejected[*].field").value(containsInAnyOrder("occurredOn",
					"status")));
	}

	@Test
	void onlyTheBackOfficeImports() throws Exception {
		var team = fixtures.team();
		send(team.rep(), "reference,status\nX,SHIPPED\n", true).andExpect(status().isForbidden());
	}

	private ShipmentStatus statusOf(ContractFixtures.Team team, ShipmentView shipment) {
		return fixtures.as(team.clerk(), () -> shipments.get(shipment.id()).status());
	}

	private ResultActions send(UserSummary user, String csv, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/shipments/tracking-import")
			.file(new MockMultipartFile("file", "seguimiento.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", String.valueOf(dryRun))
			.with(accounts.as(user)));
	}
}
