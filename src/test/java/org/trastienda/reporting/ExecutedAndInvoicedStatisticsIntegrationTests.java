package org.trastienda.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.billing.BillingFixtures;
import org.trastienda.billing.InvoiceType;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractLineView;
import org.trastienda.contracts.ContractView;

import static org.assertj.core.api.Assertions.assertThat;

/** What was delivered, returned and invoiced, as the statistics count it: through the real fulfilment and billing services. */
@IntegrationTest
class ExecutedAndInvoicedStatisticsIntegrationTests {

	@Autowired
	ContractStatistics statistics;

	@Autowired
	BillingFixtures billing;

	@Test
	void countsDeliveriesLessReturnsAsExecutedAndIssuedInvoicesAsInvoiced() {
		billing.companyReady();
		ContractFixtures.Team team = billing.team();
		ContractView sale = billing.activeSale(team);
		ContractLineView screws = BillingFixtures.line(sale, 0);
		Long delivered = billing.deliver(team, sale, screws.id(), "600");
		billing.issued(team, sale, List.of(BillingFixtures.invoiceLine(screws, "600")));
		billing.awaitReturnHandled(billing.returned(team, delivered, "100").id());
		billing.draft(team, sale, InvoiceType.F1,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(sale, 1), "1")));

		Period thisYear = Period.parse(String.valueOf(LocalDate.now().getYear()));
		ContractStatisticsView view = billing.as(team.manager(), () -> statistics.report(thisYear, Grouping.REGION));

		ContractFigures year = view.totals();
		assertThat(year.executed()).isEqualByComparingTo("50.00");
		assertThat(year.invoiced()).isEqualByComparingTo("60.00");
		assertThat(year.collected()).isEqualByComparingTo("0.00");
		assertThat(view.rows()).singleElement()
			.satisfies(region -> assertThat(region.figures().executed()).isEqualByComparingTo("50.00"));
	}
}
