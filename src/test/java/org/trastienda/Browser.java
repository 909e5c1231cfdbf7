package org.trastienda;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

/**
 * A headless Chromium for the browser journeys, with explicit waits only: find, click (again when
 * htmx swapped the element), type, sign in and screenshots. Screenshots go to
 * {@code -De2e.screenshots=<dir>} (default target/e2e-screenshots).
 */
public final class Browser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(15);


	private static final Duration FIRST_PAGE_WAIT = Duration.ofSeconds(60);

	private final Path profile;

	private final WebDriver driver;

	private Browser(Path profile, WebDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/** A fresh browser with its own profile, in Spanish. */
	public static Browser start() throws IOException {
		Path profile = Files.createTempDirectory("trastienda-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=es", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		return new Browser(profile, new ChromeDriver(service, options));
	}

	public WebDriver driver() {
		return driver;
	}

	public void open(String url) {
		driver.get(url);
	}

	/** Signs the user in (whoever was signed in before) at the application on {@code port}, landing on the dashboard. */
	public void signIn(int port, UserSummary user) {
		if (driver.getCurrentUrl().startsWith("http")) {
			driver.manage().deleteAllCookies();
		}
		open("http://localhost:" + port + "/login");
		type(By.id("username"), user.username());
		type(By.id("password"), TestAccounts.PASSWORD);
		click(By.id("login-submit"));
		// The first page a fresh server renders compiles its templates and warms the dashboard's queries:
		// on a loaded machine that alone has taken over 15 seconds.
		new WebDriverWait(driver, FIRST_PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
	}

	public WebDriverWait waitFor() {
		return new WebDriverWait(driver, WAIT);
	}

	public WebElement visible(By locator) {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Scrolls the element to the middle at once (Bootstrap scrolls smoothly), clear of the sticky top bar. */
	public void click(By locator) {
		// htmx may swap the element between finding and clicking it (live search): find it again then.
		waitFor().ignoring(StaleElementReferenceException.class).until(browser -> {
			WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(browser);
			if (element == null) {
				return false;
			}
			((JavascriptExecutor) browser).executeScript(
					"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
			element.click();
			return true;
		});
	}

	/**
	 * Picks the option of a select once htmx has no request in flight (a live search re-renders the
	 * select), again if a swap replaced it meanwhile, until the choice holds.
	 */
	public void select(By locator, String value) {
		waitFor().ignoring(StaleElementReferenceException.class).until(browser -> {
			if (!(Boolean) ((JavascriptExecutor) browser).executeScript(
					"return document.querySelectorAll('.htmx-request').length === 0")) {
				return false;
			}
			new Select(browser.findElement(locator)).selectByValue(value);
			return value.equals(new Select(browser.findElement(locator)).getFirstSelectedOption().getAttribute("value"));
		});
	}

	public void type(By locator, String text) {
		WebElement field = visible(locator);
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		field.sendKeys(text);
	}

	public void screenshot(String name) throws IOException {
		Path directory = Path.of(System.getProperty("e2e.screenshots", "target/e2e-screenshots"));
		Files.createDirectories(directory);
		Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}
}
