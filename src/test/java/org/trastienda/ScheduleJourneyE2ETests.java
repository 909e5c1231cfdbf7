package org.trastienda;

import java.io.IOException;
import java.time.LocalDate;

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
import org.trastienda.contracts.ContractView;
import org.trastienda.execution.ExecutionFixtures;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office works a contract's execution schedule in a real browser (headless Chromium):
 * marks a late milestone done and adds one, with the form's inline error on the way. Same
 * annotations as {@link CustomerJourneyE2ETests}, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleJourneyE2ETests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ExecutionFixtures execution;

	@Autowired
	ExecutionSchedule schedules;

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
	void backOfficeMarksAMilestoneDoneAndAddsOneOnTheContractsSchedule() throws IOException {
		ContractFixtures.Team team = execution.team();
		LocalDate today = schedules.today();
		ContractView contract = execution.activeSale(team, today.minusDays(30), today.plusDays(30));
		MilestoneView order = execution.as(team.clerk(), () -> schedules.schedule(contract.id()).milestones().get(0));

		browser.signIn(port, team.clerk());
		browser.open("http://localhost:" + port + "/contracts/" + contract.id() + "?tab=schedule");
		browser.visible(By.id("execution-schedule"));
		assertThat(browser.visible(By.id("milestone-" + order.id())).getText()).contains("Orden de producción")
			.contains("Retrasado");
		browser.screenshot("contract-schedule");

		browser.click(By.id("mark-done-" + order.id()));
		browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedule-flash"), "Hito marcado como hecho."));
		assertThat(browser.visible(By.id("milestone-" + order.id())).getText()).contains("Hecho");
		assertThat(browser.visible(By.id("schedule-progress")).getText()).isEqualTo("1 de 7 hitos hechos");

		browser.click(By.id("add-milestone"));
		browser.type(By.id("name"), "Visita a la obra");
		browser.click(By.id("milestone-save"));
		assertThat(browser.visible(By.id("type-error")).getText()).isEqualTo("Tipo es obligatorio.");
		browser.select(By.id("type"), "OTHER");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.driver().findElement(By.id("plannedDate")), today.plusDays(3).toString());
		browser.click(By.id("milestone-save"));
		browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedule-flash"), "Calendario guardado."));
		assertThat(browser.visible(By.id("execution-schedule")).getText()).contains("Visita a la obra")
			.contains("Próximo");
		browser.screenshot("contract-schedule-edited");
	}
}
