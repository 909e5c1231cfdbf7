package org.trastienda.approvals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditTrail;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Asking for approval: the rule frozen on the request, the e-mail to each approver, one open request
 * per subject, withdrawal by the author, the audit trail, and what the API lists to whom.
 */
@IntegrationTest
class ApprovalRequestsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestSubjects subjects;

	@Autowired
	Approvals approvals;

	@Autowired
	ApprovalRules rules;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void eMailsEveryoneWhoMayDecideOnceEachInTheirLanguageWithALink() {
		RegionView north = accounts.region("N");
		RegionView south = accounts.region("S");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary northManager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		UserSummary southManager = accounts.user("rm", south, Role.REGIONAL_MANAGER);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary clerk = accounts.user("bo", null, Role.BACK_OFFICE);
		jdbc.sql("UPDATE app_user SET language = 'en' WHERE id = ?").param(director.id()).update();

		ApprovalView request = subjects.request(subjects.typeWithContractTiers(), "12500.50", north, author);

		Map<String, Mail> mails = mailsFor(request);
		assertThat(mails).containsKeys(northManager.email(), director.email())
			.doesNotContainKeys(author.email(), southManager.email(), clerk.email());
		Mail spanish = mails.get(northManager.email());
		assertThat(spanish.subject()).isEqualTo("Aprobación pendiente: " + request.subjectType() + " " + request.reference());
		assertThat(spanish.body()).contains("Test " + author.username() + " solicita su aprobación")
			.contains("Importe: 12.500,50 EUR")
			.contains("http://localhost:8080/approvals/" + request.id());
		Mail english = mails.get(director.email());
		assertThat(english.subject()).startsWith("Approval pending: ");
		assertThat(english.body()).contains("asks for your approval").contains("Amount: 12,500.50 EUR")
			.contains("http://localhost:8080/approvals/" + request.id());
		assertThat(english.dedupKey()).isEqualTo("approval-request:" + request.id() + ":" + director.id());
	}

	@Test
	void theAuthorIsNotEMailedEvenWhenTheirRoleMayDecide() {
		UserSummary author = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary other = accounts.user("sd", null, Role.SALES_DIRECTOR);

		ApprovalView request = subjects.request(subjects.newType(), "10.00", null, author);

		assertThat(mailsFor(request)).containsKey(other.email()).doesNotContainKey(author.email());
	}

	@Test
	void theRuleIsFrozenWhenTheRequestIsMade() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);
		String type = subjects.typeWithTier(Set.of(Role.SALES_DIRECTOR), false, 1);
		ApprovalView before = subjects.request(type, "10.00", null, author);

		subjects.as(admin, () -> rules.save(type, "EUR",
				List.of(new ApprovalTier(null, Set.of(Role.FINANCE), false, 2)), rules.forSubjectType(type).version()));
		ApprovalView after = subjects.request(type, "10.00", null, author);

		assertThat(subjects.as(author, () -> approvals.get(before.id())).rule().roles()).containsExactly(Role.SALES_DIRECTOR);
		assertThat(before.rule().approvalsRequired()).isEqualTo(1);
		assertThat(before.rule().configured()).isTrue();
		assertThat(after.rule().roles()).containsExactly(Role.FINANCE);
		assertThat(after.rule().approvalsRequired()).isEqualTo(2);
		assertThat(after.rule().ruleVersion()).isGreaterThan(before.rule().ruleVersion());
	}

	@Test
	void aTypeWithoutARuleFallsBackToTheSalesDirector() {
		UserSummary author = accounts.user("bo", null, Role.BACK_OFFICE);

		ApprovalView request = subjects.request(subjects.newType(), null, null, author);

		assertThat(request.rule().configured()).isFalse();
		assertThat(request.rule().roles()).containsExactly(Role.SALES_DIRECTOR);
		assertThat(request.rule().approvalsRequired()).isEqualTo(1);
		assertThat(request.amount()).isNull();
	}

	@Test
	void aSubjectHasAtMostOneOpenRequestAndTheAuthorMayWithdrawIt() {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.newType(), "10.00", null, author);
		ApprovalSubject again = new ApprovalSubject(request.subjectType(), request.subjectId(), request.reference(),
				"Otra vez", new BigDecimal("10.00"), "EUR", null, author.username(), request.subjectPath());

		assertThatThrownBy(() -> transactions.execute(status -> approvals.request(again)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("approvals.request.alreadyOpen"));
		assertThat(approvals.openRequestFor(request.subjectType(), request.subjectId())).get()
			.extracting(ApprovalView::id).isEqualTo(request.id());

		assertThatThrownBy(() -> subjects.as(director, () -> approvals.withdraw(request.id())))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("approvals.withdraw.notAuthor"));
		ApprovalView withdrawn = subjects.as(author, () -> approvals.withdraw(request.id()));

		assertThat(withdrawn.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
		assertThat(approvals.openRequestFor(request.subjectType(), request.subjectId())).isEmpty();
		ApprovalView resubmitted = transactions.execute(status -> approvals.request(again));
		assertThat(approvals.historyFor(request.subjectType(), request.subjectId())).extracting(ApprovalView::id)
			.containsExactly(resubmitted.id(), request.id());
	}

	@Test
	void everyStepIsInTheAuditTrail() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.newType(), "10.00", null, author);

		mvc.perform(post("/api/v1/approvals/{id}/reject", request.id()).with(accounts.as(director))
				.contentType("application/json").content("{\"comment\": \"Falta el anexo\"}"))
			.andExpect(status().isOk());

		List<AuditEntryView> history = audit.history(Approvals.AUDIT_TYPE, request.id());
		assertThat(history).extracting(AuditEntryView::action).containsExactly("REJECT", "REQUEST");
		assertThat(history.get(0).actor()).isEqualTo(director.username());
		assertThat(history.get(0).changes()).anySatisfy(change -> {
			assertThat(change.field()).isEqualTo("status");
			assertThat(change.newValue()).isEqualTo("REJECTED");
		}).anySatisfy(change -> assertThat(change.newValue()).isEqualTo("Falta el anexo"));
		assertThat(history.get(1).actor()).isEqualTo(author.username());
	}

	@Test
	void apiListsWhatICanDecideAsAPagedModel() throws Exception {
		RegionView north = accounts.region("N");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary manager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		String type = subjects.typeWithContractTiers();
		ApprovalView small = subjects.request(type, "100.00", north, author);
		ApprovalView other = subjects.request(type, "200.00", north, author);
		ApprovalView tooLarge = subjects.request(type, "60000.00", north, author);

		mvc.perform(get("/api/v1/approvals").param("status", "PENDING").param("decidableByMe", "true")
				.param("subjectType", type).param("size", "1")
				.with(httpBasic(manager.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].id").value(other.id()))
			.andExpect(jsonPath("$.content[0].reference").value(other.reference()))
			.andExpect(jsonPath("$.content[0].amount").value(200.0))
			.andExpect(jsonPath("$.content[0].approvalsRequired").value(1))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.page.totalPages").value(2));

		mvc.perform(get("/api/v1/approvals").param("subjectType", type).param("sort", "amount,desc")
				.with(accounts.as(manager)))
			.andExpect(jsonPath("$.content.length()").value(3))
			.andExpect(jsonPath("$.content[0].id").value(tooLarge.id()))
			.andExpect(jsonPath("$.content[2].id").value(small.id()));
		mvc.perform(get("/api/v1/approvals/{id}", tooLarge.id()).with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decidableByMe").value(false))
			.andExpect(jsonPath("$.regionCode").value(north.code()))
			.andExpect(jsonPath("$.rule.roles[0]").value("SALES_DIRECTOR"));
		mvc.perform(get("/api/v1/approvals/{id}", small.id()).with(accounts.as(manager)))
			.andExpect(jsonPath("$.decidableByMe").value(true))
			.andExpect(jsonPath("$.subjectPath").value(small.subjectPath()));
	}

	@Test
	void apiShowsARequestOnlyToThoseWhoMaySeeIt() throws Exception {
		RegionView north = accounts.region("N");
		RegionView south = accounts.region("S");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary colleague = accounts.user("rep", north, Role.SALES_REP);
		UserSummary southManager = accounts.user("rm", south, Role.REGIONAL_MANAGER);
		UserSummary finance = accounts.user("fin", null, Role.FINANCE);
		String type = subjects.typeWithContractTiers();
		ApprovalView request = subjects.request(type, "100.00", north, author);

		mvc.perform(get("/api/v1/approvals/{id}", request.id()).with(accounts.as(author))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/approvals/{id}", request.id()).with(accounts.as(finance))).andExpect(status().isOk());
		for (UserSummary outsider : List.of(colleague, southManager)) {
			mvc.perform(get("/api/v1/approvals/{id}", request.id()).with(accounts.as(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/approvals").param("subjectType", type).with(accounts.as(outsider)))
				.andExpect(jsonPath("$.page.totalElements").value(0));
		}
		mvc.perform(get("/api/v1/approvals").param("requestedByMe", "true").param("subjectType", type)
				.with(accounts.as(author)))
			.andExpect(jsonPath("$.content[0].id").value(request.id()));
		mvc.perform(get("/api/v1/approvals")).andExpect(status().isUnauthorized());
	}

	@Test
	void apiRefusesAnUnknownSortOrStatusAndAnswers404ForAnUnknownRequest() throws Exception {
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);

		mvc.perform(get("/api/v1/approvals").param("sort", "secret,asc").with(accounts.as(director)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/approvals").param("status", "LOST").with(accounts.as(director)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/approvals/{id}", Long.MAX_VALUE).with(accounts.as(director)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/approvals/{id}/approve", Long.MAX_VALUE).with(accounts.as(director)))
			.andExpect(status().isNotFound());
	}

	private record Mail(String subject, String body, String dedupKey) {
	}

	private Map<String, Mail> mailsFor(ApprovalView request) {
		return jdbc.sql("SELECT recipient, subject, body, dedup_key FROM outbox_message WHERE dedup_key LIKE ?")
			.param("approval-request:" + request.id() + ":%")
			.query((rs, row) -> Map.entry(rs.getString("recipient"),
					new Mail(rs.getString("subject"), rs.getString("body"), rs.getString("dedup_key"))))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
