package org.trastienda.approvals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The approvals inbox, a request's page with its decision form, the navigation badge and the rules pages. */
@IntegrationTest
class ApprovalPagesIntegrationTests {

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

	@Test
	void theNavigationBadgeCountsWhatTheUserMayDecide() throws Exception {
		RegionView north = accounts.region("N");
		RegionView south = accounts.region("S");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary manager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		UserSummary otherManager = accounts.user("rm", south, Role.REGIONAL_MANAGER);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		long before = badge(director);
		String type = subjects.typeWithContractTiers();

		mvc.perform(get("/").with(accounts.as(manager)))
			.andExpect(model().attribute("approvalsPendingCount", 0L))
			.andExpect(content().string(containsString("id=\"nav-approvals\"")))
			.andExpect(content().string(not(containsString("id=\"approvals-badge\""))));

		ApprovalView first = subjects.request(type, "1000.00", north, author);
		subjects.request(type, "2000.00", north, author);

		assertThat(badge(manager)).isEqualTo(2);
		assertThat(badge(otherManager)).isZero();
		assertThat(badge(author)).isZero();
		assertThat(badge(director)).isEqualTo(before + 2);
		mvc.perform(get("/").with(accounts.as(manager)))
			.andExpect(content().string(containsString("id=\"approvals-badge\">2<")));

		mvc.perform(post("/approvals/{id}/approve", first.id()).with(csrf()).with(accounts.as(director)))
			.andExpect(status().is3xxRedirection());
		assertThat(badge(manager)).isEqualTo(1);
		assertThat(badge(director)).isEqualTo(before + 1);
	}

	@Test
	void theInboxListsWhatTheUserMayDecideAndWhatTheyAskedFor() throws Exception {
		RegionView north = accounts.region("N");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary manager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		String type = subjects.typeWithContractTiers();
		ApprovalView request = subjects.request(type, "1234.50", north, author);

		mvc.perform(get("/approvals").with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(request.reference())))
			.andExpect(content().string(containsString("1.234,50 EUR")))
			.andExpect(content().string(containsString("Para decidir")))
			.andExpect(content().string(not(containsString("id=\"tab-all\""))));
		mvc.perform(get("/approvals").param("tab", "requested").with(accounts.as(author)))
			.andExpect(content().string(containsString(request.reference())))
			.andExpect(content().string(containsString("Pendiente")));
		mvc.perform(get("/approvals").param("tab", "decide").with(accounts.as(author)))
			.andExpect(content().string(not(containsString(request.reference()))))
			.andExpect(content().string(containsString("No tiene nada pendiente de decidir.")));
		mvc.perform(get("/approvals").param("tab", "all").param("type", type).param("status", "APPROVED")
				.header("HX-Request", "true").with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"list-results\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString(request.reference()))));
		mvc.perform(get("/approvals").param("lang", "en").param("sort", "password,asc").with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To decide")));
	}

	@Test
	void aDeciderApprovesFromTheRequestPageWithHtmx() throws Exception {
		RegionView north = accounts.region("N");
		UserSummary author = accounts.user("rep", north, Role.SALES_REP);
		UserSummary manager = accounts.user("rm", north, Role.REGIONAL_MANAGER);
		ApprovalView request = subjects.request(subjects.typeWithContractTiers(), "1000.00", north, author);

		mvc.perform(get("/approvals/{id}", request.id()).with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decision-form\"")))
			.andExpect(content().string(containsString("Nadie ha decidido todavía.")))
			.andExpect(content().string(containsString("href=\"" + request.subjectPath() + "\"")))
			.andExpect(content().string(containsString("Pueden decidir: ")));

		mvc.perform(post("/approvals/{id}/approve", request.id()).param("comment", "Todo en orden")
				.header("HX-Request", "true").with(csrf()).with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/approvals/" + request.id()));

		mvc.perform(get("/approvals/{id}", request.id()).with(accounts.as(manager)))
			.andExpect(content().string(containsString("Aprobada")))
			.andExpect(content().string(containsString("Todo en orden")))
			.andExpect(content().string(not(containsString("id=\"decision-form\""))));
	}

	@Test
	void rejectingWithoutACommentShowsTheErrorBesideTheComment() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.newType(), "10.00", null, author);

		mvc.perform(post("/approvals/{id}/reject", request.id()).param("comment", "")
				.header("HX-Request", "true").with(csrf()).with(accounts.as(director)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"decision-panel\"")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("Indique el motivo del rechazo.")));

		mvc.perform(post("/approvals/{id}/reject", request.id()).param("comment", "Sin presupuesto")
				.with(csrf()).with(accounts.as(director)))
			.andExpect(redirectedUrl("/approvals/" + request.id()))
			.andExpect(flash().attribute("flashSuccess", "Ha rechazado " + request.reference() + "."));
	}

	@Test
	void theAuthorSeesNoFormAndIsRefusedWithTheReasonIfTheyPostAnyway() throws Exception {
		UserSummary author = accounts.user("sd", null, Role.SALES_DIRECTOR, Role.ADMIN);
		ApprovalView request = subjects.request(subjects.newType(), "10.00", null, author);

		mvc.perform(get("/approvals/{id}", request.id()).with(accounts.as(author)))
			.andExpect(content().string(not(containsString("id=\"decision-form\""))))
			.andExpect(content().string(containsString("id=\"author-note\"")));
		mvc.perform(post("/approvals/{id}/approve", request.id()).with(csrf()).with(accounts.as(author)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("usted es su autor")));
		mvc.perform(post("/approvals/{id}/approve", request.id()).with(accounts.as(author)))
			.andExpect(status().isForbidden());
		assertThat(approvals.openRequestFor(request.subjectType(), request.subjectId())).get()
			.extracting(ApprovalView::decisions).asList().isEmpty();
	}

	@Test
	void aRequestDecidedMeanwhileAnswersAConflict() throws Exception {
		UserSummary author = accounts.user("rep", null, Role.SALES_REP);
		UserSummary first = accounts.user("sd", null, Role.SALES_DIRECTOR);
		UserSummary second = accounts.user("sd", null, Role.SALES_DIRECTOR);
		ApprovalView request = subjects.request(subjects.typeWithTier(Set.of(Role.SALES_DIRECTOR), false, 1), "10.00",
				null, author);
		mvc.perform(post("/approvals/{id}/approve", request.id()).with(csrf()).with(accounts.as(first)));

		mvc.perform(post("/approvals/{id}/approve", request.id()).header("HX-Request", "true")
				.with(csrf()).with(accounts.as(second)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("ya no está pendiente")));
	}

	@Test
	void anAdministratorEditsARuleFromItsPage() throws Exception {
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);
		String type = subjects.typeWithTier(Set.of(Role.SALES_DIRECTOR), false, 1);

		mvc.perform(get("/admin/approval-rules").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Activación de contrato")))
			.andExpect(content().string(containsString(type)));
		mvc.perform(get("/admin/approval-rules/{type}", type).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tier-2\"")))
			.andExpect(content().string(not(containsString("id=\"tier-3\""))));
		mvc.perform(get("/admin/approval-rules/{type}", "no es un tipo").with(accounts.as(admin)))
			.andExpect(status().isNotFound());

		mvc.perform(post("/admin/approval-rules").header("HX-Request", "true").with(csrf()).with(accounts.as(admin))
				.param("subjectType", type).param("currency", "EUR").param("version", "0")
				.param("tiers[0].roles", "SALES_DIRECTOR").param("tiers[0].approvalsRequired", "1")
				.param("tiers[2].above", "abc").param("tiers[2].roles", "FINANCE").param("tiers[2].approvalsRequired", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Indique un importe positivo")));

		mvc.perform(post("/admin/approval-rules").header("HX-Request", "true").with(csrf()).with(accounts.as(admin))
				.param("subjectType", type).param("currency", "EUR").param("version", "0")
				.param("tiers[0].roles", "SALES_DIRECTOR").param("tiers[0].approvalsRequired", "1")
				.param("tiers[2].above", "1000").param("tiers[2].roles", "FINANCE", "SALES_DIRECTOR")
				.param("tiers[2].regionScoped", "true").param("tiers[2].approvalsRequired", "2"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/admin/approval-rules"));

		assertThat(rules.forSubjectType(type).tiers()).satisfiesExactly(
				tier -> assertThat(tier.roles()).containsExactly(Role.SALES_DIRECTOR),
				tier -> {
					assertThat(tier.above()).isEqualByComparingTo("1000");
					assertThat(tier.roles()).containsExactlyInAnyOrder(Role.FINANCE, Role.SALES_DIRECTOR);
					assertThat(tier.approvalsRequired()).isEqualTo(2);
					assertThat(tier.regionScoped()).isTrue();
				});
	}

	@Test
	void onlyAdministratorsSeeTheRulesPages() throws Exception {
		UserSummary director = accounts.user("sd", null, Role.SALES_DIRECTOR);

		mvc.perform(get("/admin/approval-rules").with(accounts.as(director))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/approval-rules/new").with(accounts.as(director))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/approval-rules").with(csrf()).with(accounts.as(director))).andExpect(status().isForbidden());
	}

	private long badge(UserSummary user) throws Exception {
		return (Long) mvc.perform(get("/approvals").with(accounts.as(user)))
			.andReturn().getModelAndView().getModel().get("approvalsPendingCount");
	}
}
