package org.trastienda.verifactu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.trastienda.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trastienda.verifactu.VerifactuFixtures.invoice;
import static org.trastienda.verifactu.VerifactuFixtures.issuer;

/** Many clerks issuing at once for one issuer still make one straight chain. */
@IntegrationTest
class ChainConcurrencyIntegrationTests {

	private static final int THREADS = 8;

	private static final int RECORDS_PER_THREAD = 3;

	@Autowired
	VerifactuChain chain;

	@Test
	void concurrentAppendsOnOneIssuerMakeOneChainWithoutFork() throws Exception {
		String issuer = issuer();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<List<ChainRecordView>>> results = new ArrayList<>();
		for (int thread = 0; thread < THREADS; thread++) {
			int clerk = thread;
			results.add(pool.submit(() -> {
				start.await();
				List<ChainRecordView> appended = new ArrayList<>();
				for (int index = 0; index < RECORDS_PER_THREAD; index++) {
					appended.add(chain.registerIssue(invoice(issuer, "C%d-%d".formatted(clerk, index))));
				}
				return appended;
			}));
		}
		start.countDown();
		List<ChainRecordView> appended = new ArrayList<>();
		for (Future<List<ChainRecordView>> result : results) {
			appended.addAll(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		List<ChainRecordView> stored = new ArrayList<>(chain.records(issuer, PageRequest.of(0, 100)).getContent());
		Collections.reverse(stored);
		assertThat(stored).hasSize(THREADS * RECORDS_PER_THREAD).containsExactlyInAnyOrderElementsOf(appended);
		assertThat(stored.get(0).previousHuella()).isNull();
		for (int index = 1; index < stored.size(); index++) {
			assertThat(stored.get(index).previousHuella()).isEqualTo(stored.get(index - 1).huella());
		}
		assertThat(stored).extracting(ChainRecordView::previousHuella).doesNotHaveDuplicates();
		assertThat(chain.verify().valid()).isTrue();
	}
}
