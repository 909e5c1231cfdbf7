package org.trastienda;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sale from draft to the statistics in a real browser (headless Chromium): the rep drafts and
 * submits it, the region's manager approves it from the inbox, the back office marks a milestone
 * done, and the manager finds it behind the month's figures. Same annotations as
 * {@link CustomerJourneyE2ETests}, so both share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContractJourneyE2ETests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ContractFixtures fixtures;

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
	void repDraftsManagerApprovesBackOfficeExecutesAndTheStatisticsCountIt() throws IOException {
		ContractFixtures.Team team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);
		LocalDate signedOn = LocalDate.now(ZoneId.of("Europe/Madrid")).withDayOfMonth(1);
		String title = "Suministro de andamios " + (System.nanoTime() % 1_000_000);

		browser.signIn(port, team.rep());
		browser.click(By.id("nav-contracts"));
		browser.click(By.id("new-contract"));
		browser.type(By.id("partyQuery"), party.legalName().substring(6, 14));
		By partyOption = By.cssSelector("#partyId option[value='" + party.id() + "']");
		browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(partyOption));
		browser.select(By.id("partyId"), party.id().toString());
		browser.type(By.id("title"), title);
		date("signedOn", signedOn);
		date("startsOn", signedOn);
		date("endsOn", signedOn.plusMonths(6));
		browser.type(By.id("lines0.description"), "Andamio tubular profesional");
		browser.type(By.id("lines0.quantity"), "4");
		browser.type(By.id("lines0.unit"), "ud");
		browser.type(By.id("lines0.unitPrice"), "1250");
		browser.type(By.id("lines0.vatRate"), "21");
		browser.click(By.id("save"));
		browser.waitFor().until(ExpectedConditions.urlMatches(".*/contracts/\\d+$"));
		String contractUrl = browser.driver().getCurrentUrl();
		String number = browser.visible(By.id("contract-number")).getText();
		assertThat(browser.visible(By.id("contract-title")).getText()).isEqualTo(title);
		browser.click(By.id("submit-contract"));
		browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("submit-contract")));
		browser.screenshot("contract-submitted");

		browser.signIn(port, team.manager());
		browser.click(By.id("nav-approvals"));
		browser.click(By.linkText(number));
		browser.click(By.id("approve"));
		browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("approve")));
		browser.screenshot("contract-approved");

		browser.signIn(port, team.clerk());
		browser.open(contractUrl);
		browser.click(By.id("tab-schedule"));
		By firstDone = By.cssSelector("#schedule button[id^='mark-done-']");
		String milestone = browser.visible(firstDone).getAttribute("id").substring("mark-done-".length());
		browser.click(firstDone);
		browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark-done-" + milestone)));
		assertThat(browser.visible(By.id("milestone-" + milestone)).getText()).contains(team.clerk().username());
		browser.screenshot("milestone-done");

		browser.signIn(port, team.manager());
		browser.open("http://localhost:" + port + "/reports/contracts?groupBy=owner&period="
				+ signedOn.toString().substring(0, 7));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics-table"),
				team.rep().fullName()));
		browser.click(By.cssSelector("#statistics-table tbody a"));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("drill-table"), number));
		assertThat(browser.visible(By.cssSelector("#statistics-table tfoot")).getText()).contains("5.000,00");
		browser.screenshot("contract-statistics");
	}

	/** Date inputs take keys in the browser's own order: set the ISO value as the form sends it. */
	private static void date(String id, LocalDate day) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.visible(By.id(id)), day.toString());
	}
}
