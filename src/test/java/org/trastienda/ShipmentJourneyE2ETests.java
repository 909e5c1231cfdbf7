package org.trastienda;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.fulfillment.FulfillmentFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office ships part of a contract in a real browser (headless Chromium), marks the
 * shipment delivered and sees what remains on the contract page. Same annotations as
 * {@link CustomerJourneyE2ETests}, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentJourneyE2ETests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	FulfillmentFixtures fixtures;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void backOfficeShipsPartOfAContractMarksItDeliveredAndSeesWhatRemains() throws IOException {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		String screws = "remaining-" + contract.lines().get(0).id();

		browser.signIn(port, team.clerk());
		browser.open("http://localhost:" + port + "/contracts/" + contract.id() + "?tab=shipments");
		assertThat(browser.visible(By.id(screws)).getText()).contains("Tornillo M8").endsWith("1.000 ud");
		browser.click(By.id("new-shipment"));

		browser.type(By.id("lines0.quantity"), "400");
		browser.type(By.id("carrier"), "SEUR");
		browser.type(By.id("trackingNumber"), "1Z-JOURNEY");
		browser.click(By.cssSelector("#shipment-form button[type=submit]"));
		String number = browser.visible(By.id("shipment-number")).getText();
		assertThat(number).startsWith("AL-");
		assertThat(browser.visible(By.id("shipment-status")).getText()).isEqualTo("Preparado");
		browser.screenshot("shipment-prepared");

		browser.select(By.id("status"), "SHIPPED");
		browser.click(By.id("save-status"));
		browser.waitFor().until(ExpectedConditions.textToBe(By.id("shipment-status"), "Enviado"));
		browser.select(By.id("status"), "DELIVERED");
		browser.click(By.id("save-status"));
		browser.waitFor().until(ExpectedConditions.textToBe(By.id("shipment-status"), "Entregado"));
		assertThat(browser.visible(By.id("status-history")).getText()).contains("Preparado", "Enviado", "Entregado");
		browser.screenshot("shipment-delivered");

		browser.click(By.linkText(contract.number()));
		assertThat(browser.visible(By.id(screws)).getText()).contains("400").endsWith("600 ud");
		assertThat(browser.visible(By.id("contract-shipment-table")).getText()).contains(number, "Entregado");
		browser.screenshot("contract-remaining");
	}
}
