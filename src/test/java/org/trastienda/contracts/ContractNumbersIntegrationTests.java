package org.trastienda.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract numbers under concurrent creation: every one distinct, none skipped. */
@IntegrationTest
class ContractNumbersIntegrationTests {

	private static final int THREADS = 8;

	private static final int CONTRACTS_PER_THREAD = 5;

	@Autowired
	Contracts contracts;

	@Autowired
	ContractFixtures fixtures;

	@Test
	void concurrentCreationsGetDistinctConsecutiveNumbers() throws Exception {
		var team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<List<String>>> results = new ArrayList<>();
		for (int thread = 0; thread < THREADS; thread++) {
			Callable<List<String>> creations = () -> {
				start.await();
				return fixtures.as(team.rep(), () -> {
					List<String> numbers = new ArrayList<>();
					for (int index = 0; index < CONTRACTS_PER_THREAD; index++) {
						numbers.add(contracts.create(ContractFixtures.sale(party.id(), "Concurrente")).number());
					}
					return numbers;
				});
			};
			results.add(pool.submit(creations));
		}
		start.countDown();
		List<String> numbers = new ArrayList<>();
		for (Future<List<String>> result : results) {
			numbers.addAll(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(numbers).hasSize(THREADS * CONTRACTS_PER_THREAD).doesNotHaveDuplicates();
		List<Integer> sequence = numbers.stream().map(number -> Integer.valueOf(number.substring(8))).sorted().toList();
		assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).isEqualTo(sequence.size() - 1);
		assertThat(numbers).allSatisfy(number -> assertThat(number).startsWith(numbers.get(0).substring(0, 8)));
	}
}
