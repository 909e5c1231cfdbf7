package org.trastienda.fulfillment.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractView;
import org.trastienda.fulfillment.FulfillmentFixtures;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.identity.TestAccounts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The shipment, return and register pages, the contract's shipments tab and the tracking import page. */
@IntegrationTest
class FulfillmentPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FulfillmentFixtures fixtures;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void theContractsShipmentsTabShowsWhatRemainsAndTheClerkShipsPartOfItFromTheForm() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		mvc.perform(get("/contracts/{id}", contract.id()).param("tab", "shipments").with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/contracts/" + contract.id() + "/shipments")));
		mvc.perform(get("/contracts/{id}/shipments", contract.id()).with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"new-shipment\""), containsString("Tornillo M8"),
					containsString("id=\"no-shipments\""))));
		mvc.perform(get("/shipments/new").param("contractId", contract.id().toString()).with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"lines[1].quantity\""), containsString("Montaje en obra"))));

		mvc.perform(post("/shipments").with(csrf()).with(accounts.as(team.clerk()))
			.param("contractId", contract.id().toString()).param("shipMode", "ROAD")
			.param("shippedOn", "2026-01-15")
			.param("lines[0].lineId", contract.lines().get(0).id().toString()).param("lines[0].quantity", "")
			.param("lines[1].lineId", contract.lines().get(1).id().toString()).param("lines[1].quantity", "3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Línea 2 (Montaje en obra): se piden 3 ud, pero solo quedan 2 ud por enviar.")));
		mvc.perform(post("/shipments").with(csrf()).with(accounts.as(team.clerk()))
			.param("contractId", contract.id().toString()).param("shipMode", "ROAD").param("shippedOn", "2026-01-15")
			.param("lines[0].lineId", contract.lines().get(0).id().toString()).param("lines[0].quantity", "")
			.param("lines[1].lineId", contract.lines().get(1).id().toString()).param("lines[1].quantity", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Cantidad de la línea 2 debe ser mayor que cero.")));
		mvc.perform(post("/shipments").with(csrf()).with(accounts.as(team.clerk()))
			.param("contractId", contract.id().toString()).param("shipMode", "ROAD").param("shippedOn", "2026-01-15")
			.param("lines[0].lineId", contract.lines().get(0).id().toString()).param("lines[0].quantity", "250"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/shipments/*"))
			.andExpect(flash().attributeExists("flashSuccess"));

		mvc.perform(get("/contracts/{id}/shipments", contract.id()).with(accounts.as(team.rep())))
			.andExpect(content().string(allOf(containsString("750"), not(containsString("id=\"new-shipment\"")))));
	}

	@Test
	void theShipmentPageShowsLinesHistoryAndTheStatusFormWhichFilesTheProofOfDelivery() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.ship(team, fixtures.activeSale(team), "10");
		fixtures.move(team, shipment, ShipmentStatus.SHIPPED);

		mvc.perform(get("/shipments/{id}", shipment.id()).with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(shipment.number()), containsString("id=\"status-form\""),
					containsString("/shipments/" + shipment.id() + "/delivery-note.pdf"), containsString("Enviado"))));
		mvc.perform(get("/shipments/{id}", shipment.id()).with(accounts.as(team.rep())))
			.andExpect(content().string(not(containsString("id=\"status-form\""))));

		mvc.perform(post("/shipments/{id}/status", shipment.id()).with(csrf()).with(accounts.as(team.clerk()))
			.param("status", "EXCEPTION").param("note", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("una incidencia necesita una nota")));
		mvc.perform(multipart("/shipments/{id}/status", shipment.id())
			.file(new MockMultipartFile("file", "firma.pdf", "application/pdf",
					"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
			.param("status", "DELIVERED").param("version", "1")
			.with(csrf()).with(accounts.as(team.clerk())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/shipments/" + shipment.id()));
		mvc.perform(get("/shipments/{id}", shipment.id()).with(accounts.as(team.rep())))
			.andExpect(content().string(allOf(containsString("id=\"proof-of-delivery\""), containsString("Entregado"),
					containsString("id=\"new-return\""))));
	}

	@Test
	void theRepRegistersAReturnAndHisManagerVerifiesItOnTheReturnPage() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.delivered(team, fixtures.activeSale(team), "10");

		mvc.perform(get("/returns/new").param("shipmentId", shipment.id().toString()).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"lines[0].quantity\"")));
		String location = mvc.perform(post("/returns").with(csrf()).with(accounts.as(team.rep()))
			.param("shipmentId", shipment.id().toString()).param("reason", "DAMAGED_IN_TRANSIT")
			.param("lines[0].lineId", shipment.lines().get(0).id().toString()).param("lines[0].quantity", "4"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(accounts.as(team.rep())))
			.andExpect(content().string(allOf(containsString("Dañado en el transporte"), containsString("Solicitada"),
					not(containsString("id=\"verify-return\"")))));
		mvc.perform(get(location).with(accounts.as(team.manager())))
			.andExpect(content().string(allOf(containsString("id=\"verify-return\""), containsString("id=\"reject-return\""))));
		mvc.perform(post(location + "/verify").with(csrf()).with(accounts.as(team.rep())).param("note", "Yo"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("debe verificarla otra persona")));
		mvc.perform(post(location + "/verify").with(csrf()).with(accounts.as(team.manager())).param("note", "Conforme"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(accounts.as(team.clerk())))
			.andExpect(content().string(allOf(containsString("Verificada"), containsString("id=\"receive-return\""))));
	}

	@Test
	void listsShipmentsAndReturnsInTheCallersScopeWithTheirNavigationEntries() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.delivered(team, fixtures.activeSale(team), "10");
		ReturnView requested = fixtures.requestReturn(team.clerk(), shipment, "1");

		mvc.perform(get("/shipments").param("q", shipment.number()).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(shipment.number()), containsString("id=\"nav-shipments\""),
					containsString("id=\"nav-returns\""), containsString("id=\"nav-shipment-register\""))));
		mvc.perform(get("/shipments").param("q", shipment.number()).header("HX-Request", "true")
			.with(accounts.as(team.otherRep())))
			.andExpect(content().string(allOf(startsWith("<div id=\"list-results\""), not(containsString(shipment.number())))));
		mvc.perform(get("/returns").param("q", requested.number()).with(accounts.as(team.manager())))
			.andExpect(content().string(containsString(requested.number())));
		mvc.perform(get("/returns/{id}", requested.id()).with(accounts.as(team.otherRep())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRegisterPageShowsThePeriodGroupedWithItsExport() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.delivered(team, contract, "10");

		mvc.perform(get("/reports/shipments").param("groupBy", "CONTRACT").param("contractId", contract.id().toString())
			.with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(contract.number()), containsString("id=\"register-xlsx\""),
					containsString("0,90"))));
	}

	@Test
	void theTrackingImportPageChecksAFileBeforeImportingIt() throws Exception {
		var team = fixtures.team();
		ShipmentView shipment = fixtures.ship(team, fixtures.activeSale(team), "10");

		mvc.perform(get("/shipments/import").with(accounts.as(team.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Importar actualizaciones de seguimiento")));
		mvc.perform(multipart("/shipments/import/preview")
			.file(new MockMultipartFile("file", "seguimiento.csv", "text/csv",
					("referencia;estado\n" + shipment.number() + ";enviado\n").getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(accounts.as(team.clerk())))
			.andExpect(status().isOk());
		mvc.perform(get("/shipments/import").with(accounts.as(team.rep()))).andExpect(status().isForbidden());
	}
}
