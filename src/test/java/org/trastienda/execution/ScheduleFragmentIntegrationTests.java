package org.trastienda.execution;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.ContactView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The schedule fragment the contract page loads with htmx, and the forms in it. */
@IntegrationTest
class ScheduleFragmentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ExecutionFixtures fixtures;

	@Autowired
	ExecutionSchedule schedules;

	@Autowired
	ScheduleClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CustomerArchive archive;

	@Test
	void showsTheTimelineWithStatesSlippageAndTheBackOfficeControls() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		MilestoneView late = fixtures.as(team.clerk(), () -> schedules.add(contract.id(),
				new MilestoneData(MilestoneType.OTHER, "Visita de obra", clock.today().minusDays(4), null, null, null,
						"Llamar antes al jefe de obra")));

		String html = fragment(contract, team.clerk()).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Calendario de ejecución")
			.contains("0 de 8 hitos hechos")
			.contains("Desviación del contrato: 4 días de retraso")
			.contains("Orden de producción")
			.contains("Visita de obra")
			.contains("Retrasado")
			.contains("Previsto")
			.contains("Llamar antes al jefe de obra")
			.contains("id=\"mark-done-" + late.id() + "\"")
			.contains("id=\"edit-" + late.id() + "\"")
			.contains("id=\"remove-" + late.id() + "\"")
			.contains("id=\"add-milestone\"")
			.contains("hx-target=\"#contract-schedule\"")
			.contains("/contracts/" + contract.id() + "/status-report.pdf")
			.contains("id=\"status-report-send\"")
			.doesNotContain("style=")
			.doesNotContain("<script")
			.doesNotContain("??");
	}

	@Test
	void showsASalesRepTheScheduleWithoutEditingButWithTheReport() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		fragment(contract, team.rep()).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Orden de producción"), not(containsString("mark-done-")),
					not(containsString("add-milestone")), containsString("status-report-send"))));
		fragment(contract, accounts.user("finance", null, Role.FINANCE)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("status-report-download"),
					not(containsString("status-report-send")))));
		fragment(contract, team.otherRep()).andExpect(status().isNotFound());
	}

	@Test
	void saysTheScheduleComesWithActivation() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView draft = fixtures.draftSale(team, ExecutionFixtures.FAR_START, ExecutionFixtures.FAR_END);

		fragment(draft, team.rep()).andExpect(status().isOk())
			.andExpect(content().string(containsString("El calendario se crea cuando se activa el contrato.")));
	}

	@Test
	void marksAMilestoneDoneAndAnswersTheScheduleAgain() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		MilestoneView order = first(team, contract);

		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}/done", contract.id(), order.id()), team.clerk())
			.param("actualDate", clock.today().toString())
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hito marcado como hecho."), containsString("1 de 7 hitos hechos"),
					containsString("Hecho por " + team.clerk().username()), not(containsString("mark-done-" + order.id())))));
	}

	@Test
	void answers409WithTheStaleVersionAlertAnd422WithTheErrorBesideTheDate() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		MilestoneView order = first(team, contract);

		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}/done", contract.id(), order.id()), team.clerk())
			.param("actualDate", clock.today().toString())
			.param("version", "7"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict\"")));
		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}/done", contract.id(), order.id()), team.clerk())
			.param("actualDate", clock.today().plusDays(3).toString())
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("is-invalid"),
					containsString("Fecha real no puede ser posterior a hoy."))));
		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}/done", contract.id(), order.id()), team.clerk())
			.param("actualDate", "ayer")
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void addsAMilestoneOrShowsTheFormAgainWithItsErrors() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		mvc.perform(htmx(get("/contracts/{c}/schedule", contract.id()).param("add", "true"), team.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"milestone-form\""), containsString("Nuevo hito"))));
		mvc.perform(htmx(post("/contracts/{c}/schedule", contract.id()), team.clerk())
			.param("name", "Sin fecha"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"milestone-form\""),
					containsString("Tipo es obligatorio."), containsString("Fecha prevista es obligatorio."),
					containsString("value=\"Sin fecha\""))));
		mvc.perform(htmx(post("/contracts/{c}/schedule", contract.id()), team.clerk())
			.param("type", "INSPECTION")
			.param("name", "Inspección en destino")
			.param("plannedDate", "2040-06-02")
			.param("notes", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Calendario guardado."),
					containsString("Inspección en destino"), not(containsString("id=\"milestone-form\"")))));
	}

	@Test
	void editsAMilestoneInPlaceAndRemovesIt() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		MilestoneView order = first(team, contract);

		mvc.perform(htmx(get("/contracts/{c}/schedule", contract.id()).param("edit", order.id().toString()), team.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"milestone-form\""), containsString("value=\"2040-03-01\""))));
		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}", contract.id(), order.id()), team.clerk())
			.param("version", "0")
			.param("type", "PRODUCTION_ORDER")
			.param("name", "Orden de fabricación")
			.param("plannedDate", "2040-03-05")
			.param("responsibleUsername", team.rep().username()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Orden de fabricación")));
		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}", contract.id(), order.id()), team.clerk())
			.param("version", "0")
			.param("type", "PRODUCTION_ORDER")
			.param("plannedDate", "2040-03-06"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict\"")));
		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}/delete", contract.id(), order.id()), team.clerk())
			.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hito quitado."), not(containsString("Orden de fabricación")))));
	}

	@Test
	void refusesScheduleChangesToASalesRep() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		MilestoneView order = first(team, contract);

		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}/done", contract.id(), order.id()), team.rep())
			.param("actualDate", clock.today().toString()))
			.andExpect(status().isForbidden());
		mvc.perform(htmx(post("/contracts/{c}/schedule/{m}/delete", contract.id(), order.id()), team.rep()))
			.andExpect(status().isForbidden());
	}

	@Test
	void downloadsAndSendsTheStatusReportFromThePage() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ContactView contact = fixtures.contact(fixtures.as(team.clerk(), () -> archive.get(contract.partyId())));

		mvc.perform(get("/contracts/{c}/status-report.pdf", contract.id()).with(accounts.as(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(htmx(post("/contracts/{c}/status-report/send", contract.id()), team.rep())
			.param("email", "no-es-correo"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"email-error\""),
					containsString("Correo electrónico no es una dirección de correo válida."))));
		mvc.perform(htmx(post("/contracts/{c}/status-report/send", contract.id()), team.rep())
			.param("contactId", contact.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("El informe de situación se envía a " + contact.email() + ".")));
	}

	private ResultActions fragment(ContractView contract, UserSummary user) throws Exception {
		return mvc.perform(get("/contracts/{c}/schedule", contract.id()).header("HX-Request", "true")
			.with(accounts.as(user)));
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, UserSummary user) {
		return request.header("HX-Request", "true").with(accounts.as(user)).with(csrf());
	}

	private MilestoneView first(ContractFixtures.Team team, ContractView contract) {
		return fixtures.as(team.clerk(), () -> schedules.schedule(contract.id()).milestones().get(0));
	}
}
