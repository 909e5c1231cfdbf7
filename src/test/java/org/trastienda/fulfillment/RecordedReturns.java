package org.trastienda.fulfillment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears {@link ReturnReceived} as a synchronous listener would, inside the publishing transaction,
 * and keeps each event with whether a transaction was active when it was published.
 */
@Component
public class RecordedReturns {

	public record Heard(ReturnReceived event, boolean inTransaction) {
	}

	private final List<Heard> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ReturnReceived event) {
		heard.add(new Heard(event, TransactionSynchronizationManager.isActualTransactionActive()));
	}

	/** What was heard about one return, in order. */
	public List<Heard> about(Long returnId) {
		return heard.stream().filter(any -> any.event().returnId().equals(returnId)).toList();
	}
}
