package org.trastienda;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.customers.SignIn;
import org.trastienda.customers.TestTaxIds;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer archive in a real browser (headless Chromium) against the running application.
 * The browser journeys share one Spring context, the second of the suite: keep their annotations alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerJourneyE2ETests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ContractFixtures fixtures;

	@Autowired
	CustomerArchive archive;

	@Autowired
	SignIn signIn;

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
	void backOfficeRegistersFindsAndEditsACustomerThenSwitchesToEnglish() throws IOException {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String marker = "Zafiro" + (System.nanoTime() % 1_000_000);
		String legalName = "Ferretería " + marker + ", S.L.";

		browser.signIn(port, clerk);
		browser.click(By.id("nav-customers"));
		browser.click(By.id("new-customer"));

		browser.type(By.id("legalName"), legalName);
		browser.type(By.id("taxId"), "12345678A");
		browser.type(By.id("address.city"), "Valladolid");
		browser.click(By.id("save"));
		WebElement taxIdError = browser.visible(By.id("taxId-error"));
		assertThat(taxIdError.getText()).contains("12345678A");
		assertThat(browser.driver().findElement(By.id("taxId")).getAttribute("class")).contains("is-invalid");
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("taxId");
		browser.screenshot("form-with-error");

		browser.type(By.id("taxId"), TestTaxIds.nextDni());
		browser.click(By.id("save"));
		browser.waitFor().until(ExpectedConditions.urlMatches(".*/customers/\\d+$"));
		assertThat(browser.visible(By.id("customer-name")).getText()).isEqualTo(legalName);
		assertThat(browser.visible(By.cssSelector("#flash .alert-success")).getText()).contains(legalName);
		browser.screenshot("detail");

		browser.click(By.id("nav-customers"));
		browser.type(By.id("q"), marker.substring(2, 8).toLowerCase());
		browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#customer-table tbody tr"), 1));
		browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("#customer-table .customer-name"), legalName));
		browser.screenshot("list");

		browser.click(By.cssSelector("#customer-table .customer-name"));
		browser.click(By.id("edit-customer"));
		browser.type(By.id("legalName"), "Ferretería " + marker + " e Hijos, S.L.");
		browser.click(By.id("save"));
		browser.waitFor().until(ExpectedConditions.textToBe(By.id("customer-name"), "Ferretería " + marker + " e Hijos, S.L."));
		browser.click(By.id("tab-history"));
		WebElement history = browser.visible(By.id("history-table"));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-table"), "e Hijos, S.L."));
		assertThat(history.getText()).contains(legalName).contains("Razón social");

		browser.click(By.id("user-menu"));
		browser.click(By.id("lang-en"));
		browser.waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(browser.visible(By.id("tab-history")).getText()).isEqualTo("History");
		assertThat(browser.driver().findElement(By.id("edit-customer")).getText()).isEqualTo("Edit");

		browser.click(By.cssSelector("a.navbar-brand"));
		browser.visible(By.id("dashboard"));
		assertThat(browser.driver().findElement(By.id("by-kind-title")).getText()).isEqualTo("Customers by kind");
		browser.screenshot("dashboard");
	}

	@Test
	void aFileOverTheUploadLimitIsRefusedWithAMessageAndNothingIsStored() throws IOException {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView customer = fixtures.party(fixtures.team().rep(), CustomerKind.CUSTOMER);
		Path tooLarge = Files.createTempFile("too-large", ".pdf");
		try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
			file.setLength(21L * 1024 * 1024);
		}

		browser.signIn(port, clerk);
		browser.open("http://localhost:" + port + "/customers/" + customer.id() + "?tab=attachments");
		browser.visible(By.id("attachment-file")).sendKeys(tooLarge.toString());
		browser.click(By.id("upload-attachment"));

		assertThat(browser.visible(By.id("request-error")).getText()).contains("20 MB");
		Files.delete(tooLarge);
		signIn.as(clerk);
		assertThat(archive.attachments(customer.id())).isEmpty();
		signIn.out();
	}
}
