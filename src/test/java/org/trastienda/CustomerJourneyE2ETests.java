package org.trastienda;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.TestTaxIds;
import org.trastienda.execution.ExecutionFixtures;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer archive in a real browser (headless Chromium) against the running application.
 * Every browser journey lives in this class: it starts the second Spring context of the suite.
 * Screenshots of the pages go to {@code -De2e.screenshots=<dir>} (default target/e2e-screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerJourneyE2ETests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static Path profile;

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ExecutionFixtures execution;

	@Autowired
	ExecutionSchedule schedules;

	@BeforeAll
	static void startBrowser() throws IOException {
		profile = Files.createTempDirectory("trastienda-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=es", "--user-data-dir=" + profile);
		ChromeDriverService driver = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(driver, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	@Test
	void backOfficeRegistersFindsAndEditsACustomerThenSwitchesToEnglish() throws IOException {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String marker = "Zafiro" + (System.nanoTime() % 1_000_000);
		String legalName = "Ferretería " + marker + ", S.L.";

		signIn(clerk);
		click(By.id("nav-customers"));
		click(By.id("new-customer"));

		type(By.id("legalName"), legalName);
		type(By.id("taxId"), "12345678A");
		type(By.id("address.city"), "Valladolid");
		click(By.id("save"));
		WebElement taxIdError = visible(By.id("taxId-error"));
		assertThat(taxIdError.getText()).contains("12345678A");
		assertThat(browser.findElement(By.id("taxId")).getAttribute("class")).contains("is-invalid");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("taxId");
		screenshot("form-with-error");

		type(By.id("taxId"), TestTaxIds.nextDni());
		click(By.id("save"));
		waitFor().until(ExpectedConditions.urlMatches(".*/customers/\\d+$"));
		assertThat(visible(By.id("customer-name")).getText()).isEqualTo(legalName);
		assertThat(visible(By.cssSelector("#flash .alert-success")).getText()).contains(legalName);
		screenshot("detail");

		click(By.id("nav-customers"));
		type(By.id("q"), marker.substring(2, 8).toLowerCase());
		waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#customer-table tbody tr"), 1));
		waitFor().until(ExpectedConditions.textToBe(By.cssSelector("#customer-table .customer-name"), legalName));
		screenshot("list");

		click(By.cssSelector("#customer-table .customer-name"));
		click(By.id("edit-customer"));
		type(By.id("legalName"), "Ferretería " + marker + " e Hijos, S.L.");
		click(By.id("save"));
		waitFor().until(ExpectedConditions.textToBe(By.id("customer-name"), "Ferretería " + marker + " e Hijos, S.L."));
		click(By.id("tab-history"));
		WebElement history = visible(By.id("history-table"));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-table"), "e Hijos, S.L."));
		assertThat(history.getText()).contains(legalName).contains("Razón social");

		click(By.id("user-menu"));
		click(By.id("lang-en"));
		waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(visible(By.id("tab-history")).getText()).isEqualTo("History");
		assertThat(browser.findElement(By.id("edit-customer")).getText()).isEqualTo("Edit");

		click(By.cssSelector("a.navbar-brand"));
		visible(By.id("dashboard"));
		assertThat(browser.findElement(By.id("by-kind-title")).getText()).isEqualTo("Customers by kind");
		screenshot("dashboard");
	}

	@Test
	void backOfficeMarksAMilestoneDoneAndAddsOneOnTheContractsSchedule() throws IOException {
		ContractFixtures.Team team = execution.team();
		LocalDate today = schedules.today();
		ContractView contract = execution.activeSale(team, today.minusDays(30), today.plusDays(30));
		MilestoneView order = execution.as(team.clerk(), () -> schedules.schedule(contract.id()).milestones().get(0));

		signIn(team.clerk());
		browser.get("http://localhost:" + port + "/contracts/" + contract.id() + "?tab=schedule");
		visible(By.id("execution-schedule"));
		assertThat(visible(By.id("milestone-" + order.id())).getText()).contains("Orden de producción").contains("Retrasado");
		screenshot("contract-schedule");

		click(By.id("mark-done-" + order.id()));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedule-flash"),
				"Hito marcado como hecho."));
		assertThat(visible(By.id("milestone-" + order.id())).getText()).contains("Hecho");
		assertThat(visible(By.id("schedule-progress")).getText()).isEqualTo("1 de 7 hitos hechos");

		click(By.id("add-milestone"));
		type(By.id("name"), "Visita a la obra");
		click(By.id("milestone-save"));
		assertThat(visible(By.id("type-error")).getText()).isEqualTo("Tipo es obligatorio.");
		new Select(browser.findElement(By.id("type"))).selectByValue("OTHER");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("plannedDate")), today.plusDays(3).toString());
		click(By.id("milestone-save"));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedule-flash"), "Calendario guardado."));
		assertThat(visible(By.id("execution-schedule")).getText()).contains("Visita a la obra").contains("Próximo");
		screenshot("contract-schedule-edited");
	}

	private void signIn(UserSummary user) {
		browser.get("http://localhost:" + port + "/login");
		type(By.id("username"), user.username());
		type(By.id("password"), TestAccounts.PASSWORD);
		click(By.id("login-submit"));
		visible(By.id("dashboard"));
	}

	private static WebDriverWait waitFor() {
		return new WebDriverWait(browser, WAIT);
	}

	private static WebElement visible(By locator) {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Scrolls the element to the middle at once (Bootstrap scrolls smoothly), clear of the sticky top bar. */
	private static void click(By locator) {
		// htmx may swap the element between finding and clicking it (live search): find it again then.
		waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
			WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
			if (element == null) {
				return false;
			}
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
			element.click();
			return true;
		});
	}

	private static void type(By locator, String text) {
		WebElement field = visible(locator);
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		field.sendKeys(text);
	}

	private static void screenshot(String name) throws IOException {
		Path directory = Path.of(System.getProperty("e2e.screenshots", "target/e2e-screenshots"));
		Files.createDirectories(directory);
		Files.write(directory.resolve(name + ".png"),
				((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}
}
