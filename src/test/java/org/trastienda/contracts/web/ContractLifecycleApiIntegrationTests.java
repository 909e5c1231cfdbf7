package org.trastienda.contracts.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.approvals.ApprovalStatus;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.contracts.ContractActivated;
import org.trastienda.contracts.ContractAmended;
import org.trastienda.contracts.ContractCancelled;
import org.trastienda.contracts.ContractCompleted;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.contracts.RecordedContractEvents;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contract's life through the API: submitted, approved or rejected by a regional manager through
 * the four-eyes engine, cancelled, completed, amended into new versions; and every illegal step.
 */
@IntegrationTest
class ContractLifecycleApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ContractFixtures fixtures;

	@Autowired
	Contracts contracts;

	@Autowired
	RecordedContractEvents events;

	@Autowired
	JsonCalls calls;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void submittedContractBecomesActiveWhenTheRegionalManagerApproves() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());

		calls.send(post("/api/v1/contracts/{id}/submit", draft.id()), team.rep(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"));
		ApprovalView request = pendingRequest(draft.id(), team.rep());
		assertThat(request.amount()).isEqualByComparingTo("176.00");
		assertThat(request.regionCode()).isEqualTo(team.region().code());
		assertThat(request.author()).isEqualTo(team.rep().username());
		assertThat(request.reference()).isEqualTo(draft.number());

		calls.send(post("/api/v1/approvals/{id}/approve", request.id()), team.manager(), Map.of("comment", "Conforme"))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/contracts/{id}", draft.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.revision").value(1));
		assertThat(events.about(draft.id())).containsExactly(new ContractActivated(draft.id()));
		mvc.perform(get("/api/v1/contracts/{id}/versions", draft.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].revision").value(1))
			.andExpect(jsonPath("$[0].createdBy").value(team.manager().username()))
			.andExpect(jsonPath("$[0].grossTotal").value(176.0));
		mvc.perform(get("/api/v1/contracts/{id}/history", draft.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$[0].action").value("ACTIVATED"))
			.andExpect(jsonPath("$[0].actor").value(team.manager().username()));
	}

	@Test
	void theAuthorCannotApproveTheirOwnContract() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.clerk(), team.rep());
		calls.send(post("/api/v1/contracts/{id}/submit", draft.id()), team.clerk(), null).andExpect(status().isOk());
		ApprovalView request = pendingRequest(draft.id(), team.clerk());

		calls.send(post("/api/v1/approvals/{id}/approve", request.id()), team.clerk(), null)
			.andExpect(status().is4xxClientError());

		assertThat(fixtures.as(team.clerk(), () -> contracts.get(draft.id())).status())
			.isEqualTo(ContractStatus.PENDING_APPROVAL);
	}

	@Test
	void rejectedContractReturnsToItsAuthorWithTheCommentAndCanBeEditedAndResubmitted() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		calls.send(post("/api/v1/contracts/{id}/submit", draft.id()), team.rep(), null).andExpect(status().isOk());
		ApprovalView request = pendingRequest(draft.id(), team.rep());

		calls.send(post("/api/v1/approvals/{id}/reject", request.id()), team.director(),
				Map.of("comment", "Precio demasiado bajo")).andExpect(status().isOk());

		ContractView rejected = fixtures.as(team.rep(), () -> contracts.get(draft.id()));
		assertThat(rejected.status()).isEqualTo(ContractStatus.REJECTED);
		assertThat(rejected.statusComment()).isEqualTo("Precio demasiado bajo");
		Map<String, Object> body = ContractBodies.sale(draft.partyId(), "Suministro con precio revisado");
		body.put("version", rejected.version());
		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.rep(), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		calls.send(post("/api/v1/contracts/{id}/submit", draft.id()), team.rep(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andExpect(jsonPath("$.statusComment").isEmpty());
		mvc.perform(get("/api/v1/contracts/{id}/approvals", draft.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].status").value("REJECTED"));
	}

	@Test
	void refusesIllegalTransitionsWith422() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());

		calls.send(post("/api/v1/contracts/{id}/complete", draft.id()), team.clerk(), null)
			.andExpect(status().isUnprocessableContent());
		ContractView active = activate(draft, team);
		calls.send(post("/api/v1/contracts/{id}/submit", draft.id()), team.rep(), null)
			.andExpect(status().isUnprocessableContent());
		Map<String, Object> body = ContractBodies.sale(draft.partyId(), "Cambio tras activar");
		body.put("version", active.version());
		calls.send(put("/api/v1/contracts/{id}", draft.id()).header("Accept-Language", "en"), team.rep(), body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Cannot edit a contract that is Active."));
	}

	@Test
	void refusesToSubmitAnIncompleteDraft() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		Map<String, Object> body = ContractBodies.sale(draft.partyId(), "Sin fechas");
		body.put("version", draft.version());
		body.put("signedOn", null);
		body.put("lines", List.of());
		calls.send(put("/api/v1/contracts/{id}", draft.id()), team.rep(), body).andExpect(status().isOk());

		calls.send(post("/api/v1/contracts/{id}/submit", draft.id()).header("Accept-Language", "en"), team.rep(), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Signed on and Lines missing")));
	}

	@Test
	void cancelsADraftWithAReasonAndRefusesOneWithout() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());

		calls.send(post("/api/v1/contracts/{id}/cancel", draft.id()), team.rep(), Map.of("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		calls.send(post("/api/v1/contracts/{id}/cancel", draft.id()), team.rep(), Map.of("reason", "El cliente desiste"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.statusComment").value("El cliente desiste"));
		assertThat(events.about(draft.id())).containsExactly(new ContractCancelled(draft.id()));
		calls.send(post("/api/v1/contracts/{id}/cancel", draft.id()), team.rep(), Map.of("reason", "Otra vez"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void cancellingAPendingContractWithdrawsItsRequestButOnlyTheAuthorMay() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		calls.send(post("/api/v1/contracts/{id}/submit", draft.id()), team.rep(), null).andExpect(status().isOk());

		calls.send(post("/api/v1/contracts/{id}/cancel", draft.id()), team.clerk(), Map.of("reason", "Error"))
			.andExpect(status().isUnprocessableContent());
		calls.send(post("/api/v1/contracts/{id}/cancel", draft.id()), team.rep(), Map.of("reason", "Error"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));

		List<ApprovalView> requests = fixtures.as(team.rep(), () -> contracts.approvalHistory(draft.id()));
		assertThat(requests).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ApprovalStatus.WITHDRAWN));
	}

	@Test
	void onlyTheBackOfficeCancelsOrCompletesAnActiveContract() throws Exception {
		var team = fixtures.team();
		ContractView active = activate(fixtures.draftBy(team.rep()), team);
		ContractView other = activate(fixtures.draftBy(team.rep()), team);

		calls.send(post("/api/v1/contracts/{id}/cancel", active.id()), team.rep(), Map.of("reason", "Ya no"))
			.andExpect(status().isForbidden());
		calls.send(post("/api/v1/contracts/{id}/complete", active.id()), team.rep(), null).andExpect(status().isForbidden());
		calls.send(post("/api/v1/contracts/{id}/complete", active.id()), team.clerk(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		calls.send(post("/api/v1/contracts/{id}/cancel", other.id()), team.clerk(), Map.of("reason", "Anulado por el cliente"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));

		assertThat(events.about(active.id())).contains(new ContractCompleted(active.id()));
		assertThat(events.about(other.id())).contains(new ContractCancelled(other.id()));
	}

	@Test
	void anApprovedAmendmentBecomesTheNextVersionAndEveryVersionStaysReadable() throws Exception {
		var team = fixtures.team();
		ContractView active = activate(fixtures.draftBy(team.rep()), team);
		Long kept = active.lines().get(0).id();
		Map<String, Object> amendment = Map.of("reason", "Amplía cantidades", "endsOn", "2027-06-30", "lines",
				List.of(ContractBodies.line(kept, "Tornillo M8", "3000", "0.0950", "21"),
						ContractBodies.line(null, "Tuerca M8", "1000", "0.0125", "21")));

		String location = calls.send(post("/api/v1/contracts/{id}/amendments", active.id()), team.rep(), amendment)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andExpect(jsonPath("$.baseRevision").value(1))
			.andExpect(jsonPath("$.netTotal").value(297.5))
			.andExpect(jsonPath("$.grossTotal").value(359.98))
			.andReturn().getResponse().getHeader("Location");
		calls.send(post("/api/v1/contracts/{id}/amendments", active.id()), team.rep(), amendment)
			.andExpect(status().isUnprocessableContent());
		Long amendmentId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		ApprovalView request = fixtures.as(team.rep(), () -> contracts.amendmentApprovals(active.id(), amendmentId))
			.get(0);
		assertThat(request.reference()).isEqualTo(active.number() + "/M1");

		calls.send(post("/api/v1/approvals/{id}/approve", request.id()), team.manager(), null).andExpect(status().isOk());

		mvc.perform(get("/api/v1/contracts/{id}", active.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.endsOn").value("2027-06-30"))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.lines[0].id").value(kept))
			.andExpect(jsonPath("$.lines[0].netAmount").value(285.0))
			.andExpect(jsonPath("$.lines[1].description").value("Tuerca M8"))
			.andExpect(jsonPath("$.grossTotal").value(359.98));
		mvc.perform(get("/api/v1/contracts/{id}/versions", active.id()).with(accounts.as(team.manager())))
			.andExpect(jsonPath("$[0].revision").value(2))
			.andExpect(jsonPath("$[0].amendmentId").value(amendmentId))
			.andExpect(jsonPath("$[1].revision").value(1))
			.andExpect(jsonPath("$[1].lines.length()").value(2))
			.andExpect(jsonPath("$[1].lines[1].description").value("Montaje"))
			.andExpect(jsonPath("$[1].grossTotal").value(176.0));
		mvc.perform(get("/api/v1/contracts/{id}/versions/1", active.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$.endsOn").value("2026-12-31"));
		mvc.perform(get("/api/v1/contracts/{id}/amendments/{aid}", active.id(), amendmentId)
			.with(accounts.as(team.rep())))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.appliedRevision").value(2))
			.andExpect(jsonPath("$.decidedBy").value(team.manager().username()));
		mvc.perform(get("/api/v1/contracts/{id}/history", active.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$[*].action").value(hasItem("AMENDMENT_APPROVED")))
			.andExpect(jsonPath("$[*].action").value(hasItem("LINE_REMOVED")));
		assertThat(events.about(active.id())).contains(new ContractAmended(active.id(), amendmentId, 2));
	}

	@Test
	void aRejectedAmendmentLeavesTheContractAsItWas() throws Exception {
		var team = fixtures.team();
		ContractView active = activate(fixtures.draftBy(team.rep()), team);
		Map<String, Object> amendment = Map.of("reason", "Baja de precio", "lines",
				List.of(ContractBodies.line(active.lines().get(0).id(), "Tornillo M8", "1000", "0.05", "21")));
		calls.send(post("/api/v1/contracts/{id}/amendments", active.id()), team.rep(), amendment)
			.andExpect(status().isCreated());
		Long amendmentId = fixtures.as(team.rep(), () -> contracts.amendments(active.id())).get(0).id();
		ApprovalView request = fixtures.as(team.rep(), () -> contracts.amendmentApprovals(active.id(), amendmentId))
			.get(0);

		calls.send(post("/api/v1/approvals/{id}/reject", request.id()), team.manager(), Map.of("comment", "No"))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/contracts/{id}", active.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.grossTotal").value(176.0));
		mvc.perform(get("/api/v1/contracts/{id}/amendments", active.id()).with(accounts.as(team.rep())))
			.andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].decisionComment").value("No"));
	}

	@Test
	void refusesAmendmentsToDraftsAndAmendmentsThatChangeNothing() throws Exception {
		var team = fixtures.team();
		ContractView draft = fixtures.draftBy(team.rep());
		Map<String, Object> same = Map.of("reason", "Nada", "lines",
				List.of(ContractBodies.line(draft.lines().get(0).id(), "Tornillo M8", "1000", "0.1000", "21"),
						ContractBodies.line(draft.lines().get(1).id(), "Montaje", "2", "25", "10")));

		calls.send(post("/api/v1/contracts/{id}/amendments", draft.id()), team.rep(), same)
			.andExpect(status().isUnprocessableContent());
		activate(draft, team);
		calls.send(post("/api/v1/contracts/{id}/amendments", draft.id()), team.rep(), same)
			.andExpect(status().isUnprocessableContent());
		calls.send(post("/api/v1/contracts/{id}/amendments", draft.id()), team.rep(), Map.of("lines", List.of()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines")));
	}

	private ContractView activate(ContractView draft, ContractFixtures.Team team) throws Exception {
		fixtures.as(team.clerk(), () -> contracts.submit(draft.id()));
		ApprovalView request = fixtures.as(team.clerk(), () -> contracts.approvalHistory(draft.id())).get(0);
		calls.send(post("/api/v1/approvals/{id}/approve", request.id()), team.director(), null).andExpect(status().isOk());
		return fixtures.as(team.clerk(), () -> contracts.get(draft.id()));
	}

	private ApprovalView pendingRequest(Long contractId, UserSummary reader) {
		return fixtures.as(reader, () -> contracts.approvalHistory(contractId)).get(0);
	}
}
