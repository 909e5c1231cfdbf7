package org.trastienda;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trastienda.billing.BillingFixtures;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoicing what was delivered, in a real browser (headless Chromium): the back office ships part of
 * a contract, tries to invoice all of it, sees the pre-check's finding, invoices what was delivered
 * and downloads the PDF. Same annotations as {@link ContractJourneyE2ETests}, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvoiceJourneyE2ETests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	BillingFixtures fixtures;

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
	void theBackOfficeShipsPartOfAContractAndInvoicesWhatWasDelivered() throws IOException {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		String contractPage = "http://localhost:" + port + "/contracts/" + contract.id();

		browser.signIn(port, team.clerk());
		browser.open(contractPage + "?tab=shipments");
		browser.click(By.id("new-shipment"));
		browser.select(By.id("shipMode"), "ROAD");
		browser.type(By.id("lines0.quantity"), "400");
		browser.click(By.id("save"));
		browser.visible(By.id("shipment-number"));
		recordStatus("SHIPPED");
		recordStatus("DELIVERED");
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status"), "Entregado"));
		browser.screenshot("invoice-1-delivered");

		browser.open(contractPage + "?tab=invoices");
		browser.click(By.id("new-invoice"));
		assertThat(browser.visible(By.id("lines0.quantity")).getAttribute("value")).isEqualTo("1000");
		browser.click(By.id("save"));
		By finding = By.cssSelector("#finding-list li[data-code='QUANTITY_EXCEEDS_DELIVERED']");
		assertThat(browser.visible(finding).getText()).contains("400");
		browser.screenshot("invoice-2-finding");

		browser.click(By.id("edit-invoice"));
		browser.type(By.id("lines0.quantity"), "400");
		browser.click(By.cssSelector("button.remove-line[value='1']"));
		browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#lines-table tr.line-row"), 1));
		browser.click(By.id("save"));
		browser.visible(By.id("no-findings"));
		browser.click(By.id("issue-invoice"));
		browser.waitFor().until(ExpectedConditions.textMatches(By.id("invoice-number"), java.util.regex.Pattern.compile("F\\d{4}-\\d{5}")));
		assertThat(browser.visible(By.id("gross-total")).getText()).isEqualTo("48,40 EUR");
		browser.screenshot("invoice-3-issued");

		Map<?, ?> download = download(browser.visible(By.id("download-pdf")).getAttribute("href"));
		assertThat(download.get("status")).isEqualTo(200L);
		assertThat(download.get("type")).isEqualTo("application/pdf");
		assertThat(download.get("start")).isEqualTo("%PDF");
	}

	private static void recordStatus(String status) {
		browser.select(By.id("status"), status);
		browser.click(By.id("save-status"));
		browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(
				By.cssSelector("#status option[value='" + status + "']")));
	}

	/** Fetches the link as the signed-in browser would download it: status, content type and the file's first bytes. */
	private static Map<?, ?> download(String href) {
		return (Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async response => {
				  const bytes = new Uint8Array(await response.arrayBuffer());
				  done({status: response.status, type: response.headers.get('Content-Type'),
				        start: String.fromCharCode(...bytes.slice(0, 4))});
				});""", href);
	}
}
