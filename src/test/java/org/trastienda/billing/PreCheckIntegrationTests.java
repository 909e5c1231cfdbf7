package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.Address;
import org.trastienda.customers.BillingData;
import org.trastienda.customers.CustomerView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every finding of the pre-check, with its severity, and what blocks issuing and what does not. */
@IntegrationTest
class PreCheckIntegrationTests {

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSimplifiedInvoiceAbove400EurosIsATypeMismatch() {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team, fixtures.customer(team.rep(), ContractFixtures.dni(), false),
				true, List.of(ContractFixtures.line("Andamio", "2", "300", "0", "21")));

		InvoiceView small = fixtures.draft(team, contract, InvoiceType.F2, lines(contract, "1"));
		InvoiceView large = fixtures.draft(team, contract, InvoiceType.F2, lines(contract, "2"));

		assertThat(codes(small)).doesNotContain(FindingCode.TYPE_MISMATCH);
		assertThat(findings(large)).anySatisfy(finding -> {
			assertThat(finding.code()).isEqualTo(FindingCode.TYPE_MISMATCH);
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
			assertThat(finding.messageKey()).isEqualTo("billing.finding.simplifiedOverLimit");
		});
	}

	@Test
	void aSimplifiedInvoiceToABusinessWithATaxIdIsATypeMismatch() {
		var team = fixtures.team();
		ContractView company = fixtures.activeSale(team, fixtures.customer(team.rep(), BillingFixtures.cif(), false), true);
		ContractView person = fixtures.inAdvance(team);

		assertThat(findings(fixtures.draft(team, company, InvoiceType.F2, lines(company, "1"))))
			.extracting(Finding::messageKey).contains("billing.finding.simplifiedToBusiness");
		assertThat(codes(fixtures.draft(team, person, InvoiceType.F2, lines(person, "1"))))
			.doesNotContain(FindingCode.TYPE_MISMATCH);
	}

	@Test
	void aRectifyingTypeWithoutAnOriginalIsATypeMismatch() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);

		InvoiceView rectifying = fixtures.draft(team, contract, InvoiceType.R1, lines(contract, "-1"));

		assertThat(findings(rectifying)).extracting(Finding::messageKey)
			.contains("billing.finding.rectifyingWithoutOriginal");
		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> invoicing.issue(rectifying.id())))
			.isInstanceOf(InvoiceBlocked.class);
	}

	@Test
	void aPriceOrDiscountOtherThanTheContractsIsAPriceMismatchOnItsLine() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		var screws = BillingFixtures.line(contract, 0);
		var fitting = BillingFixtures.line(contract, 1);

		InvoiceView draft = fixtures.draft(team, contract, InvoiceType.F1, List.of(
				new InvoiceLineData(screws.id(), null, new BigDecimal("10"), new BigDecimal("0.09"), null, null, null),
				new InvoiceLineData(fitting.id(), null, BigDecimal.ONE, null, new BigDecimal("5"), null, null),
				BillingFixtures.invoiceLine(screws, "5")));

		List<Finding> prices = findings(draft).stream().filter(finding -> finding.code() == FindingCode.PRICE_MISMATCH).toList();
		assertThat(prices).extracting(Finding::lineId)
			.containsExactly(draft.lines().get(0).id(), draft.lines().get(1).id());
		assertThat(prices).allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.BLOCKING));
	}

	@Test
	void invoicingMoreThanDeliveredLessReturnedLessInvoicedExceedsTheDelivered() {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		var screws = BillingFixtures.line(contract, 0);
		Long shipped = fixtures.deliver(team, contract, screws.id(), "600");
		fixtures.returned(team, shipped, "100");

		InvoiceView tooMuch = fixtures.draft(team, contract, InvoiceType.F1, List.of(BillingFixtures.invoiceLine(screws, "501")));
		InvoiceView delivered = fixtures.draft(team, contract, InvoiceType.F1, List.of(BillingFixtures.invoiceLine(screws, "300")));

		assertThat(findings(tooMuch)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(FindingCode.QUANTITY_EXCEEDS_DELIVERED);
			assertThat(finding.lineId()).isEqualTo(tooMuch.lines().get(0).id());
			assertThat(finding.arguments()).containsExactly(1, new BigDecimal("501.000"), new BigDecimal("500.000"),
					new BigDecimal("600.000"), new BigDecimal("100.000"), BigDecimal.ZERO);
		});
		assertThat(findings(delivered)).isEmpty();
		fixtures.as(team.clerk(), () -> invoicing.issue(delivered.id()));

		InvoiceView rest = fixtures.draft(team, contract, InvoiceType.F1, List.of(BillingFixtures.invoiceLine(screws, "201")));
		assertThat(codes(rest)).as("300 of the 500 kept are invoiced already")
			.containsExactly(FindingCode.QUANTITY_EXCEEDS_DELIVERED);
	}

	@Test
	void aContractInvoicedInAdvanceMayBeInvoicedBeforeDelivery() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);

		assertThat(findings(fixtures.draft(team, contract, InvoiceType.F1, lines(contract, "1000")))).isEmpty();
	}

	@Test
	void aRecipientWithoutAddressIsMissingBillingData() {
		var team = fixtures.team();
		CustomerView noAddress = fixtures.customer(team.rep(), ContractFixtures.dni(), false,
				new Address(null, null, "Madrid", null, "ES"));
		ContractView contract = fixtures.activeSale(team, noAddress, true);

		InvoiceView full = fixtures.draft(team, contract, InvoiceType.F1, lines(contract, "1"));
		InvoiceView simplified = fixtures.draft(team, contract, InvoiceType.F2, lines(contract, "2"));

		assertThat(findings(full)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(FindingCode.MISSING_BILLING_DATA);
			assertThat(finding.messageKey()).isEqualTo("billing.finding.recipientAddress");
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
		});
		assertThat(findings(simplified)).as("a simplified invoice need not name its recipient").isEmpty();
	}

	@Test
	void goingOverTheCreditLimitIsAWarningThatDoesNotStopIssuing() {
		var team = fixtures.team();
		CustomerView customer = fixtures.customer(team.rep(), ContractFixtures.dni(), false);
		fixtures.billing(customer, new BillingData("a@example.test", 45, new BigDecimal("100.00"), null, false, "es"));
		ContractView contract = fixtures.activeSale(team, customer, true);
		fixtures.issued(team, contract, lines(contract, "700"));

		InvoiceView second = fixtures.draft(team, contract, InvoiceType.F1, lines(contract, "200"));

		assertThat(findings(second)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(FindingCode.CREDIT_LIMIT_EXCEEDED);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.arguments()).containsExactly(new BigDecimal("100.00"), new BigDecimal("84.70"),
					new BigDecimal("108.90"), "EUR");
		});
		assertThat(fixtures.as(team.clerk(), () -> invoicing.issue(second.id())).status()).isEqualTo(InvoiceStatus.ISSUED);
	}

	@Test
	void theSameLinesAndAmountOnTheContractWithinAWeekAreASuspectedDuplicate() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView first = fixtures.issued(team, contract, lines(contract, "10"));

		InvoiceView again = fixtures.draft(team, contract, InvoiceType.F1, lines(contract, "10"));
		InvoiceView other = fixtures.draft(team, contract, InvoiceType.F1, lines(contract, "11"));

		assertThat(findings(again)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(FindingCode.DUPLICATE_SUSPECTED);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.arguments().get(0)).isEqualTo(first.number());
		});
		assertThat(codes(other)).doesNotContain(FindingCode.DUPLICATE_SUSPECTED);
	}

	@Test
	void issuingWithABlockingFindingIsRefusedWithEveryFinding() {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		InvoiceView draft = fixtures.draft(team, contract, InvoiceType.F1, lines(contract, "5"));

		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> invoicing.issue(draft.id())))
			.isInstanceOfSatisfying(InvoiceBlocked.class, blocked -> assertThat(blocked.findings())
				.extracting(Finding::code).containsExactly(FindingCode.QUANTITY_EXCEEDS_DELIVERED));
		assertThat(fixtures.as(team.clerk(), () -> invoicing.get(draft.id())).status()).isEqualTo(InvoiceStatus.DRAFT);
	}

	private List<Finding> findings(InvoiceView invoice) {
		return fixtures.as(fixtures.admin(), () -> invoicing.check(invoice.id()));
	}

	private List<FindingCode> codes(InvoiceView invoice) {
		return findings(invoice).stream().map(Finding::code).toList();
	}

	/** The contract's first line for the quantity. */
	private static List<InvoiceLineData> lines(ContractView contract, String quantity) {
		return List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), quantity));
	}
}
