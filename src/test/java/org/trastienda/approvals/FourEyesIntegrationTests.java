package org.trastienda.approvals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trastienda.IntegrationTest;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The four-eyes rule attacked from every side through the API, over the real database: whoever
 * calls, the author never decides, nobody decides twice, only the tier's roles (and regions) decide,
 * and a closed request takes no more decisions. The subject's module hears each outcome once.
 */
@IntegrationTest
class FourEyesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestSubjects subjects;

	@Autowired
	Approvals approvals;

	@Autowired
	RecordedApprovalEvents events;

	@Test
	void theAuthorCannotApproveTheirOwnSubject() throws Exception {
		RegionView north = accounts.region("N");
		UserSummary manager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		ApprovalView request = subjects.request(subjects.typeWithContractTiers(), "1000.00", north, manager);

		approve(request, manager, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("usted es su autor")));
		assertUndecided(request);
	}

	@Test
	void anAdministratorWhoIsTheAuthorCannotApproveEither() throws Exception {
		UserSummary boss = accounts.user("boss", null, Role.ADMIN, Role.SALES_DIRECTOR);
		String type = subjects.typeWithTier(Set.of(Role.ADMIN, Role.SALES_DIRECTOR), false, 1);
		ApprovalView request = subjects.request(type, "10.00", null, boss);

		mvc.perform(post("/api/v1/approvals/{id}/approve", request.id())
				.with(httpBasic(boss.username(), TestAccounts.PASSWORD))
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(
					"You cannot decide on " + request.reference() + ": you are its author and someone else must review it."));
		assertUndecided(request);
	}

	@Test
	void theSameApproverCannotApproveTwiceWhenTwoAreRequired() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.typeWithTier(Set.of(Role.SALES_DIRECTOR), false, 2), "10.00",
				null, author);

		approve(request, director, "Visto").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(request.version() + 1))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.approvals").value(1));
		approve(request, director, "Otra vez")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Ya ha decidido")));
		reject(request, director, "Ahora no").andExpect(status().isUnprocessableContent());

		ApprovalView after = approvals.historyFor(request.subjectType(), request.subjectId()).get(0);
		assertThat(after.status()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(after.decisions()).singleElement().extracting(DecisionView::decidedBy).isEqualTo(director.username());
		assertThat(events.about(request.id())).isEmpty();
	}

	@Test
	void rejectingWithoutACommentIsRefusedOnTheCommentField() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.newType(), "10.00", null, author);

		reject(request, director, "   ")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"))
			.andExpect(jsonPath("$.errors[0].message").value("Indique el motivo del rechazo."));
		mvc.perform(post("/api/v1/approvals/{id}/reject", request.id()).with(accounts.as(director)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		assertUndecided(request);
	}

	@Test
	void aRegionalManagerOfAnotherRegionNeitherSeesNorDecidesTheRequest() throws Exception {
		RegionView north = accounts.region("N");
		RegionView south = accounts.region("S");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary southManager = accounts.user("rm", south, Role.REGIONAL_MANAGER);
		UserSummary southManagerAndClerk = accounts.user("rmbo", south, Role.REGIONAL_MANAGER, Role.BACK_OFFICE);
		UserSummary northManager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		ApprovalView request = subjects.request(subjects.typeWithContractTiers(), "49999.99", north, author);

		approve(request, southManager, null).andExpect(status().isNotFound());
		approve(request, southManagerAndClerk, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("pertenece a otra región")));
		assertUndecided(request);

		approve(request, northManager, "De acuerdo").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void aRoleTheRuleDoesNotNameCannotDecide() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary clerk = accounts.user("bo", null, Role.BACK_OFFICE);
		UserSummary finance = accounts.user("fin", null, Role.FINANCE);
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);
		ApprovalView request = subjects.request(subjects.typeWithContractTiers(), "100.00", null, author);

		for (UserSummary notAllowed : List.of(clerk, finance, admin)) {
			approve(request, notAllowed, null)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString("Su rol no le permite")));
		}
		assertUndecided(request);
	}

	@Test
	void aDecidedRequestTakesNoFurtherDecision() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary first = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary second = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary third = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.typeWithTier(Set.of(Role.SALES_DIRECTOR), false, 2), "10.00",
				null, author);

		approve(request, first, null).andExpect(status().isOk());
		approve(request, second, null).andExpect(jsonPath("$.status").value("APPROVED"));
		approve(request, third, null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("ya no está pendiente (estado: Aprobada)")));
		reject(request, third, "Tarde").andExpect(status().isConflict());

		assertThat(approvals.historyFor(request.subjectType(), request.subjectId()).get(0).decisions()).hasSize(2);
		assertThat(events.about(request.id())).hasSize(1);
	}

	@Test
	void theAmountTiersDecideWhoMayApprove() throws Exception {
		RegionView north = accounts.region("N");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary manager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		String type = subjects.typeWithContractTiers();

		ApprovalView justBelow = subjects.request(type, "49999.99", north, author);
		ApprovalView atTheLimit = subjects.request(type, "50000.00", north, author);
		ApprovalView justAbove = subjects.request(type, "50000.01", north, author);
		ApprovalView large = subjects.request(type, "250000.01", north, author);

		assertThat(justBelow.rule().roles()).containsExactlyInAnyOrder(Role.REGIONAL_MANAGER, Role.SALES_DIRECTOR);
		assertThat(atTheLimit.rule().above()).isNull();
		assertThat(justAbove.rule().roles()).containsExactly(Role.SALES_DIRECTOR);
		assertThat(justAbove.rule().above()).isEqualByComparingTo("50000.00");
		assertThat(large.rule().approvalsRequired()).isEqualTo(2);
		assertThat(large.rule().above()).isEqualByComparingTo("250000.00");

		approve(justBelow, manager, null).andExpect(jsonPath("$.status").value("APPROVED"));
		approve(atTheLimit, manager, null).andExpect(jsonPath("$.status").value("APPROVED"));
		approve(justAbove, manager, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Su rol no le permite")));
		assertUndecided(justAbove);
	}

	@Test
	void aboveTwoHundredFiftyThousandTwoDistinctApproversAreNeededAndTheEventComesOnce() throws Exception {
		RegionView north = accounts.region("N");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary manager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.typeWithContractTiers(), "250000.01", north, author);

		approve(request, manager, "Región conforme")
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.approvals").value(1))
			.andExpect(jsonPath("$.rule.approvalsRequired").value(2));
		assertThat(events.about(request.id())).isEmpty();

		approve(request, director, "Conforme")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvals").value(2))
			.andExpect(jsonPath("$.decisions[0].decidedBy").value(manager.username()))
			.andExpect(jsonPath("$.decisions[1].decidedBy").value(director.username()))
			.andExpect(jsonPath("$.closedAt").isString());

		assertThat(events.about(request.id())).containsExactly(new ApprovalGranted(request.id(), request.subjectType(),
				request.subjectId(), director.username(), "Conforme"));
	}

	@Test
	void aRejectionClosesTheRequestAndTellsTheSubjectWhy() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary first = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary second = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.typeWithTier(Set.of(Role.SALES_DIRECTOR), false, 2), "10.00",
				null, author);

		approve(request, first, null).andExpect(status().isOk());
		reject(request, second, "Precio por debajo de tarifa")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.decisions[1].outcome").value("REJECT"))
			.andExpect(jsonPath("$.decisions[1].comment").value("Precio por debajo de tarifa"));

		assertThat(events.about(request.id())).containsExactly(new ApprovalRejected(request.id(), request.subjectType(),
				request.subjectId(), second.username(), "Precio por debajo de tarifa"));
	}

	@Test
	void whenTheSubjectRefusesTheOutcomeTheDecisionRollsBackWithIt() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(RecordedApprovalEvents.REFUSING_TYPE, "10.00", null, author);

		approve(request, director, null).andExpect(status().isConflict());

		assertUndecided(request);
		assertThat(approvals.openRequestFor(request.subjectType(), request.subjectId())).isPresent();
	}

	@Test
	void twoApproversDecidingAtOnceMakeOneDecision() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary first = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary second = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.typeWithTier(Set.of(Role.SALES_DIRECTOR), false, 1), "10.00",
				null, author);

		List<Integer> statuses = atOnce(() -> approve(request, first, null).andReturn().getResponse().getStatus(),
				() -> approve(request, second, null).andReturn().getResponse().getStatus());

		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		ApprovalView decided = approvals.historyFor(request.subjectType(), request.subjectId()).get(0);
		assertThat(decided.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(decided.decisions()).hasSize(1);
		assertThat(events.about(request.id())).hasSize(1);
	}

	@Test
	void twoApprovalsAtOnceOnATwoApproverRequestBothCountAndCloseIt() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary first = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary second = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.typeWithTier(Set.of(Role.SALES_DIRECTOR), false, 2), "10.00",
				null, author);

		List<Integer> statuses = atOnce(() -> approve(request, first, null).andReturn().getResponse().getStatus(),
				() -> approve(request, second, null).andReturn().getResponse().getStatus());

		assertThat(statuses).containsExactly(200, 200);
		ApprovalView decided = approvals.historyFor(request.subjectType(), request.subjectId()).get(0);
		assertThat(decided.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(decided.approvals()).isEqualTo(2);
		assertThat(events.about(request.id())).hasSize(1);
	}

	private void assertUndecided(ApprovalView request) {
		ApprovalView now = approvals.historyFor(request.subjectType(), request.subjectId()).get(0);
		assertThat(now.status()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(now.decisions()).isEmpty();
		assertThat(events.about(request.id())).isEmpty();
	}

	private ResultActions approve(ApprovalView request, UserSummary as, String comment) throws Exception {
		return decide("approve", request, as, comment);
	}

	private ResultActions reject(ApprovalView request, UserSummary as, String comment) throws Exception {
		return decide("reject", request, as, comment);
	}

	private ResultActions decide(String decision, ApprovalView request, UserSummary as, String comment) throws Exception {
		return mvc.perform(post("/api/v1/approvals/{id}/" + decision, request.id())
			.with(accounts.as(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(comment == null ? "{}" : "{\"comment\": \"" + comment + "\"}"));
	}

	@SafeVarargs
	private static <T> List<T> atOnce(Callable<T>... actions) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(actions.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> action : actions) {
				futures.add(pool.submit(() -> {
					start.await();
					return action.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}
}
