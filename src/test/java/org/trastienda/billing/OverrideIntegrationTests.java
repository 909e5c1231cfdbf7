package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.trastienda.IntegrationTest;
import org.trastienda.approvals.ApprovalStatus;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issuing despite a price or quantity finding: asked for with a reason, decided by someone else
 * through the four-eyes engine, and only for the findings it was asked for.
 */
@IntegrationTest
class OverrideIntegrationTests {

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@Autowired
	Approvals approvals;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anApprovedOverrideLetsTheDraftBeIssuedDespiteItsPriceFinding() {
		var team = fixtures.team();
		InvoiceView draft = discounted(team);
		assertThatThrownBy(() -> issue(team.clerk(), draft)).isInstanceOf(InvoiceBlocked.class);

		ApprovalView request = fixtures.as(team.clerk(),
				() -> invoicing.requestOverride(draft.id(), "Precio rebajado pactado por teléfono con el director"));
		assertThat(request.subjectType()).isEqualTo("INVOICE_OVERRIDE");
		assertThat(request.status()).isEqualTo(ApprovalStatus.PENDING);
		fixtures.as(fixtures.finance(), () -> approvals.approve(request.id(), "Conforme"));

		InvoiceView issued = issue(team.clerk(), draft);
		assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
		assertThat(issued.lines().get(0).unitPrice()).isEqualByComparingTo("0.08");
	}

	@Test
	void whoAskedForTheOverrideNeverDecidesItWhateverTheirRoles() {
		var team = fixtures.team();
		UserSummary clerkInFinance = accounts.user("clerk-finance", null, Role.BACK_OFFICE, Role.FINANCE);
		InvoiceView draft = discounted(team);
		ApprovalView request = fixtures.as(clerkInFinance, () -> invoicing.requestOverride(draft.id(), "Pactado"));

		assertThatThrownBy(() -> fixtures.as(clerkInFinance, () -> approvals.approve(request.id(), "Yo mismo")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("approvals.decide.author"));
		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> approvals.approve(request.id(), "Otro administrativo")))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> issue(clerkInFinance, draft)).isInstanceOf(InvoiceBlocked.class);
	}

	@Test
	void aRejectedOverrideLeavesTheDraftBlocked() {
		var team = fixtures.team();
		InvoiceView draft = discounted(team);
		ApprovalView request = fixtures.as(team.clerk(), () -> invoicing.requestOverride(draft.id(), "Pactado"));

		fixtures.as(fixtures.finance(), () -> approvals.reject(request.id(), "No consta en el contrato"));

		assertThatThrownBy(() -> issue(team.clerk(), draft)).isInstanceOf(InvoiceBlocked.class);
		assertThat(fixtures.as(team.clerk(), () -> invoicing.detail(draft.id())).overrideStatus()).isEqualTo("REJECTED");
	}

	@Test
	void aDraftWaitingForTheDecisionCannotChangeAndAChangedDraftNeedsANewOverride() {
		var team = fixtures.team();
		InvoiceView draft = discounted(team);
		ApprovalView request = fixtures.as(team.clerk(), () -> invoicing.requestOverride(draft.id(), "Pactado"));
		InvoiceData change = new InvoiceData(draft.contractId(), InvoiceType.F1, null, null, null, null, null,
				List.of(new InvoiceLineData(draft.lines().get(0).contractLineId(), null, new BigDecimal("20"),
						new BigDecimal("0.08"), null, null, null)), null);

		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> invoicing.update(draft.id(), draft.version(), change)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("billing.invoice.overridePending"));
		fixtures.as(fixtures.finance(), () -> approvals.approve(request.id(), null));
		long version = fixtures.as(team.clerk(), () -> invoicing.get(draft.id())).version();
		fixtures.as(team.clerk(), () -> invoicing.update(draft.id(), version, change));

		assertThatThrownBy(() -> issue(team.clerk(), draft)).isInstanceOf(InvoiceBlocked.class);
	}

	@Test
	void onlyPriceAndQuantityFindingsCanBeOverridden() {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team, fixtures.customer(team.rep(), BillingFixtures.cif(), false), true);
		InvoiceView simplifiedToCompany = fixtures.draft(team, contract, InvoiceType.F2,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "1")));

		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> invoicing.requestOverride(simplifiedToCompany.id(), "Da igual")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("billing.override.nothingToOverride"));
	}

	/** A draft of 10 screws at 0.08 instead of the contract's 0.10, on a contract invoiced in advance. */
	private InvoiceView discounted(ContractFixtures.Team team) {
		ContractView contract = fixtures.inAdvance(team);
		return fixtures.draft(team, contract, InvoiceType.F1, List.of(new InvoiceLineData(
				BillingFixtures.line(contract, 0).id(), null, BigDecimal.TEN, new BigDecimal("0.08"), null, null, null)));
	}

	private InvoiceView issue(UserSummary clerk, InvoiceView draft) {
		return fixtures.as(clerk, () -> invoicing.issue(draft.id()));
	}
}
