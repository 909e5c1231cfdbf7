package org.trastienda.approvals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;
import org.trastienda.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may decide a pending request, whatever their roles. */
class FourEyesPolicyTests {

	private static final long NORTH = 1L;

	private static final long SOUTH = 2L;

	@Test
	void theAuthorNeverDecidesNotEvenAsAdministratorAndDirector() {
		ApprovalRequest request = request("ana", true, Role.SALES_DIRECTOR, Role.ADMIN);

		assertThat(refusal(request, user("ana", NORTH, Role.ADMIN, Role.SALES_DIRECTOR)))
			.hasValue("approvals.decide.author");
	}

	@Test
	void nobodyDecidesTwice() {
		ApprovalRequest request = request("ana", true, Role.SALES_DIRECTOR);
		request.decide("dora", DecisionOutcome.APPROVE, null, Instant.now());

		assertThat(refusal(request, user("dora", null, Role.SALES_DIRECTOR))).hasValue("approvals.decide.twice");
		assertThat(refusal(request, user("diego", null, Role.SALES_DIRECTOR))).isEmpty();
	}

	@Test
	void aDeciderNeedsARoleTheTierAllowsAndAdministratorIsNotOneByItself() {
		ApprovalRequest request = request("ana", false, Role.SALES_DIRECTOR);

		assertThat(refusal(request, user("root", null, Role.ADMIN))).hasValue("approvals.decide.roleNotAllowed");
		assertThat(refusal(request, user("bea", null, Role.BACK_OFFICE))).hasValue("approvals.decide.roleNotAllowed");
		assertThat(refusal(request, user("dora", null, Role.SALES_DIRECTOR))).isEmpty();
	}

	@Test
	void aRegionScopedTierConfinesRegionalManagersToTheirRegion() {
		ApprovalRequest request = request("ana", true, Role.REGIONAL_MANAGER, Role.SALES_DIRECTOR);

		assertThat(refusal(request, user("nico", NORTH, Role.REGIONAL_MANAGER))).isEmpty();
		assertThat(refusal(request, user("sara", SOUTH, Role.REGIONAL_MANAGER))).hasValue("approvals.decide.outsideRegion");
		assertThat(refusal(request, user("nadie", null, Role.REGIONAL_MANAGER))).hasValue("approvals.decide.outsideRegion");
		assertThat(refusal(request, user("dora", SOUTH, Role.SALES_DIRECTOR))).isEmpty();
		assertThat(refusal(request, user("both", SOUTH, Role.REGIONAL_MANAGER, Role.SALES_DIRECTOR))).isEmpty();
	}

	@Test
	void withoutRegionScopeARegionalManagerOfAnyRegionDecides() {
		ApprovalRequest request = request("ana", false, Role.REGIONAL_MANAGER);

		assertThat(refusal(request, user("sara", SOUTH, Role.REGIONAL_MANAGER))).isEmpty();
	}

	@Test
	void theLastRequiredApprovalOrOneRejectionClosesTheRequest() {
		ApprovalRequest twoNeeded = request("ana", false, 2, Role.SALES_DIRECTOR);
		assertThat(twoNeeded.decide("dora", DecisionOutcome.APPROVE, null, Instant.now())).isFalse();
		assertThat(twoNeeded.decide("diego", DecisionOutcome.APPROVE, "ok", Instant.now())).isTrue();
		assertThat(twoNeeded.getStatus()).isEqualTo(ApprovalStatus.APPROVED);

		ApprovalRequest rejected = request("ana", false, 2, Role.SALES_DIRECTOR);
		assertThat(rejected.decide("dora", DecisionOutcome.REJECT, "no", Instant.now())).isTrue();
		assertThat(rejected.getStatus()).isEqualTo(ApprovalStatus.REJECTED);
	}

	private static Optional<String> refusal(ApprovalRequest request, CurrentUser user) {
		return FourEyesPolicy.refusal(request, user).map(BusinessRuleException::messageKey);
	}

	private static ApprovalRequest request(String author, boolean regionScoped, Role... roles) {
		return request(author, regionScoped, 1, roles);
	}

	private static ApprovalRequest request(String author, boolean regionScoped, int approvals, Role... roles) {
		ApprovalTier tier = new ApprovalTier(null, Set.of(roles), regionScoped, approvals);
		ApprovalRuleView rule = new ApprovalRuleView("TEST", "EUR", List.of(tier), true, 0L, null, null);
		ApprovalSubject subject = new ApprovalSubject("TEST", 7, "T-7", "Un contrato", new BigDecimal("100.00"), "EUR",
				NORTH, author, "/contracts/7");
		return new ApprovalRequest(subject, rule, tier, Instant.now());
	}

	private static CurrentUser user(String username, Long regionId, Role... roles) {
		return new CurrentUser(1L, username, username, regionId, null, Set.of(roles), "es");
	}
}
