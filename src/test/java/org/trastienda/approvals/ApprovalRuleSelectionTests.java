package org.trastienda.approvals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.trastienda.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tier of a rule an amount falls in; the sales contracts' tiers as the migration seeds them. */
class ApprovalRuleSelectionTests {

	private static final ApprovalTier REGIONAL = new ApprovalTier(null,
			Set.of(Role.REGIONAL_MANAGER, Role.SALES_DIRECTOR), true, 1);

	private static final ApprovalTier DIRECTOR = new ApprovalTier(new BigDecimal("50000.00"),
			Set.of(Role.SALES_DIRECTOR), true, 1);

	private static final ApprovalTier TWO = new ApprovalTier(new BigDecimal("250000.00"),
			Set.of(Role.SALES_DIRECTOR, Role.REGIONAL_MANAGER), true, 2);

	private final ApprovalRuleView contracts = new ApprovalRuleView("CONTRACT_ACTIVATION", "EUR",
			List.of(REGIONAL, DIRECTOR, TWO), true, 0L, null, null);

	@Test
	void upToFiftyThousandTheRegionalManagerOrTheDirectorDecides() {
		assertThat(contracts.tierFor(new BigDecimal("0.00"), "EUR")).isEqualTo(REGIONAL);
		assertThat(contracts.tierFor(new BigDecimal("49999.99"), "EUR")).isEqualTo(REGIONAL);
		assertThat(contracts.tierFor(new BigDecimal("50000.00"), "EUR")).isEqualTo(REGIONAL);
		assertThat(contracts.tierFor(new BigDecimal("50000"), "EUR")).isEqualTo(REGIONAL);
	}

	@Test
	void aboveFiftyThousandTheDirectorDecides() {
		assertThat(contracts.tierFor(new BigDecimal("50000.01"), "EUR")).isEqualTo(DIRECTOR);
		assertThat(contracts.tierFor(new BigDecimal("250000.00"), "EUR")).isEqualTo(DIRECTOR);
	}

	@Test
	void aboveTwoHundredFiftyThousandTwoDistinctPeopleApprove() {
		assertThat(contracts.tierFor(new BigDecimal("250000.01"), "EUR")).isEqualTo(TWO);
		assertThat(contracts.tierFor(new BigDecimal("99999999.99"), "EUR").approvalsRequired()).isEqualTo(2);
	}

	@Test
	void aSubjectWithoutAnAmountGetsTheFirstTier() {
		assertThat(contracts.tierFor(null, null)).isEqualTo(REGIONAL);
	}

	@Test
	void anAmountInAnotherCurrencyCannotBeComparedAndGetsTheStrictestTier() {
		assertThat(contracts.tierFor(new BigDecimal("10.00"), "USD")).isEqualTo(TWO);
	}

	@Test
	void aTypeWithoutARuleIsDecidedByTheSalesDirectorAlone() {
		ApprovalRuleView fallback = ApprovalRuleView.fallback("EXPENSE_CLAIM");

		assertThat(fallback.configured()).isFalse();
		assertThat(fallback.tiers()).singleElement().satisfies(tier -> {
			assertThat(tier.roles()).containsExactly(Role.SALES_DIRECTOR);
			assertThat(tier.approvalsRequired()).isEqualTo(1);
			assertThat(tier.regionScoped()).isFalse();
		});
		assertThat(fallback.tierFor(new BigDecimal("1000000.00"), "EUR")).isEqualTo(fallback.tiers().get(0));
	}
}
