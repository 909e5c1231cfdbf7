package org.trastienda.execution;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.ContactView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ScheduleApiIntegrationTests {

	private static final String SCHEDULE = "/api/v1/contracts/{id}/schedule";

	private static final String MILESTONE = "/api/v1/contracts/{id}/schedule/{milestoneId}";

	@Autowired
	MockMvc mvc;

	@Autowired
	ExecutionFixtures fixtures;

	@Autowired
	ExecutionSchedule schedules;

	@Autowired
	ScheduleClock clock;

	@Autowired
	CustomerArchive archive;

	@Test
	void readsTheScheduleWithStatesAndSlippage() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		mvc.perform(get(SCHEDULE, contract.id()).with(basic(team.rep())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contractId").value(contract.id()))
			.andExpect(jsonPath("$.contractNumber").value(contract.number()))
			.andExpect(jsonPath("$.created").value(true))
			.andExpect(jsonPath("$.slippageDays").value(0))
			.andExpect(jsonPath("$.milestones.length()").value(7))
			.andExpect(jsonPath("$.milestones[0].type").value("PRODUCTION_ORDER"))
			.andExpect(jsonPath("$.milestones[0].plannedDate").value("2040-03-01"))
			.andExpect(jsonPath("$.milestones[0].state").value("PLANNED"))
			.andExpect(jsonPath("$.milestones[0].responsibleUsername").value(team.rep().username()))
			.andExpect(jsonPath("$.milestones[5].amount").value(176.00))
			.andExpect(jsonPath("$.next.type").value("PRODUCTION_ORDER"));
	}

	@Test
	void answers404ForAContractOutsideTheScopeOrMissing() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		Long milestoneId = firstMilestone(team, contract);

		mvc.perform(get(SCHEDULE, contract.id()).with(basic(team.otherRep()))).andExpect(status().isNotFound());
		mvc.perform(get(MILESTONE, contract.id(), milestoneId).with(basic(team.otherRep())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/{id}/status-report.pdf", contract.id()).with(basic(team.otherRep())))
			.andExpect(status().isNotFound());
		mvc.perform(get(SCHEDULE, Long.MAX_VALUE).with(basic(team.clerk()))).andExpect(status().isNotFound());
		mvc.perform(get(MILESTONE, contract.id(), Long.MAX_VALUE).with(basic(team.clerk())))
			.andExpect(status().isNotFound());
	}

	@Test
	void asksForCredentials() throws Exception {
		mvc.perform(get(SCHEDULE, 1)).andExpect(status().isUnauthorized());
	}

	@Test
	void addsAMilestoneAnswering201WithItsAddress() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		String body = mvc.perform(post(SCHEDULE, contract.id()).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "PAYMENT", "name": "Anticipo del 30 %%", "plannedDate": "2040-03-15",
					 "responsibleUsername": "%s", "amount": 52.80, "notes": "Transferencia"}""".formatted(team.clerk().username())))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/contracts/" + contract.id() + "/schedule/")))
			.andExpect(jsonPath("$.name").value("Anticipo del 30 %"))
			.andExpect(jsonPath("$.amount").value(52.80))
			.andExpect(jsonPath("$.state").value("PLANNED"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString();

		Integer id = JsonPath.read(body, "$.id");
		mvc.perform(get(MILESTONE, contract.id(), id).with(basic(team.rep())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notes").value("Transferencia"));
	}

	@Test
	void refusesAnInvalidMilestoneWith400NamingEachFieldInTheCallersLanguage() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		mvc.perform(post(SCHEDULE, contract.id()).with(basic(team.clerk()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Sin tipo\", \"amount\": 5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value("Type is required."))
			.andExpect(jsonPath("$.errors[1].field").value("plannedDate"));
		mvc.perform(post(SCHEDULE, contract.id()).with(basic(team.clerk()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"SHIPMENT\", \"plannedDate\": \"2040-01-01\", \"amount\": 5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Importe: solo los hitos de facturación, factura recibida y pago llevan importe."));
		mvc.perform(post(SCHEDULE, contract.id()).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"TELEPORT\", \"plannedDate\": \"2040-01-01\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void updatesAtTheVersionReadAndAnswers409ToAStaleOne() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		Long milestoneId = firstMilestone(team, contract);
		String change = """
				{"version": %d, "type": "PRODUCTION_ORDER", "name": "Orden a fábrica", "plannedDate": "2040-03-04",
				 "responsibleUsername": "%s"}""";

		mvc.perform(put(MILESTONE, contract.id(), milestoneId).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(0, team.rep().username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Orden a fábrica"))
			.andExpect(jsonPath("$.plannedDate").value("2040-03-04"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put(MILESTONE, contract.id(), milestoneId).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(0, team.rep().username())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(put(MILESTONE, contract.id(), milestoneId).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"PRODUCTION_ORDER\", \"plannedDate\": \"2040-03-04\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void removesAMilestoneAnswering204() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		Long milestoneId = firstMilestone(team, contract);

		mvc.perform(delete(MILESTONE, contract.id(), milestoneId).param("version", "3").with(basic(team.clerk())))
			.andExpect(status().isConflict());
		mvc.perform(delete(MILESTONE, contract.id(), milestoneId).param("version", "0").with(basic(team.clerk())))
			.andExpect(status().isNoContent());
		mvc.perform(get(MILESTONE, contract.id(), milestoneId).with(basic(team.clerk())))
			.andExpect(status().isNotFound());
		mvc.perform(delete(MILESTONE, contract.id(), milestoneId).with(basic(team.clerk())))
			.andExpect(status().isNotFound());
	}

	@Test
	void marksDoneThenAnswers422WhenAlreadyDoneAnd400ForAFutureDate() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		Long milestoneId = firstMilestone(team, contract);
		LocalDate today = clock.today();

		mvc.perform(post(MILESTONE + "/done", contract.id(), milestoneId).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actualDate\": \"%s\"}".formatted(today.plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actualDate"));
		mvc.perform(post(MILESTONE + "/done", contract.id(), milestoneId).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actualDate\": \"%s\", \"version\": 0}".formatted(today)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.actualDate").value(today.toString()))
			.andExpect(jsonPath("$.completedBy").value(team.clerk().username()));
		mvc.perform(post(MILESTONE + "/done", contract.id(), milestoneId).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actualDate\": \"%s\"}".formatted(today)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post(MILESTONE + "/done", contract.id(), milestoneId).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actualDate\": \"%s\", \"version\": 0}".formatted(today)))
			.andExpect(status().isConflict());
	}

	@Test
	void letsOnlyTheBackOfficeAndTheAdministratorChangeASchedule() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		Long milestoneId = firstMilestone(team, contract);

		for (UserSummary reader : new UserSummary[] { team.rep(), team.manager(), team.director() }) {
			mvc.perform(post(MILESTONE + "/done", contract.id(), milestoneId).with(basic(reader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"actualDate\": \"%s\"}".formatted(clock.today())))
				.andExpect(status().isForbidden());
			mvc.perform(delete(MILESTONE, contract.id(), milestoneId).with(basic(reader)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void refusesToChangeTheScheduleOfADraftWith422() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView draft = fixtures.draftSale(team, ExecutionFixtures.FAR_START, ExecutionFixtures.FAR_END);

		mvc.perform(get(SCHEDULE, draft.id()).with(basic(team.rep())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(false))
			.andExpect(jsonPath("$.milestones.length()").value(0));
		mvc.perform(post(SCHEDULE, draft.id()).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"OTHER\", \"plannedDate\": \"2040-01-01\"}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void downloadsTheStatusReportAsAPdfAttachment() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);

		byte[] pdf = mvc.perform(get("/api/v1/contracts/{id}/status-report.pdf", contract.id()).with(basic(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename=\"informe-situacion-" + contract.number() + ".pdf\"")))
			.andReturn().getResponse().getContentAsByteArray();

		assertThat(StatusReportsIntegrationTests.text(pdf)).contains("Informe de situación del contrato " + contract.number());
	}

	@Test
	void sendsTheStatusReportAnswering202() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ContactView contact = fixtures.contact(fixtures.as(team.clerk(), () -> archive.get(contract.partyId())));

		mvc.perform(post("/api/v1/contracts/{id}/status-report/send", contract.id()).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"contactId\": %d}".formatted(contact.id())))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.recipient").value(contact.email()))
			.andExpect(jsonPath("$.language").value("es"))
			.andExpect(jsonPath("$.filename").value(endsWith(contract.number() + ".pdf")));
		mvc.perform(post("/api/v1/contracts/{id}/status-report/send", contract.id()).with(basic(team.clerk()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactId"));
		mvc.perform(post("/api/v1/contracts/{id}/status-report/send", contract.id()).with(basic(team.manager()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"x@example.test\"}"))
			.andExpect(status().isForbidden());
	}

	private Long firstMilestone(ContractFixtures.Team team, ContractView contract) {
		return fixtures.as(team.clerk(), () -> schedules.schedule(contract.id()).milestones().get(0).id());
	}

	private static RequestPostProcessor basic(UserSummary user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}
}
