package org.trastienda.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clerks issuing on one series at once (each thread its own transactions, as on several app
 * instances): every invoice gets a number, none twice, none skipped. Runs on H2 and, in CI's second
 * run, on PostgreSQL.
 */
@IntegrationTest
class NumberingConcurrencyIntegrationTests {

	private static final int CLERKS = 8;

	private static final int INVOICES = 40;

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@Test
	void clerksIssuingAtOnceOnOneSeriesGetCorrelativeNumbersWithoutGapsOrDuplicates() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceSeriesView series = fixtures.series(SeriesKind.ORDINARY);
		ConcurrentLinkedQueue<Long> drafts = new ConcurrentLinkedQueue<>();
		for (int index = 0; index < INVOICES; index++) {
			drafts.add(fixtures.as(team.clerk(), () -> invoicing.create(new InvoiceData(contract.id(), InvoiceType.F1,
					series.code(), null, null, null, null,
					List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "1")), null))).id());
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
		List<Future<List<InvoiceView>>> results = new ArrayList<>();
		for (int clerk = 0; clerk < CLERKS; clerk++) {
			results.add(pool.submit(() -> {
				start.await();
				List<InvoiceView> issued = new ArrayList<>();
				for (Long id = drafts.poll(); id != null; id = drafts.poll()) {
					Long draft = id;
					issued.add(fixtures.as(team.clerk(), () -> invoicing.issue(draft)));
				}
				return issued;
			}));
		}
		start.countDown();
		List<InvoiceView> issued = new ArrayList<>();
		for (Future<List<InvoiceView>> result : results) {
			issued.addAll(result.get(120, TimeUnit.SECONDS));
		}
		pool.shutdown();

		int year = issued.get(0).issueDate().getYear();
		assertThat(issued).extracting(InvoiceView::number).containsExactlyInAnyOrderElementsOf(
				IntStream.rangeClosed(1, INVOICES).mapToObj(n -> "%s%d-%05d".formatted(series.prefix(), year, n)).toList());
	}
}
