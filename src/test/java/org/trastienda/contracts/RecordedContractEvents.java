package org.trastienda.contracts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hears the contract events as a synchronous listener would (inside the publishing transaction) and keeps them. */
@Component
public class RecordedContractEvents {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ContractActivated event) {
		events.add(event);
	}

	@EventListener
	void on(ContractAmended event) {
		events.add(event);
	}

	@EventListener
	void on(ContractCancelled event) {
		events.add(event);
	}

	@EventListener
	void on(ContractCompleted event) {
		events.add(event);
	}

	private static Long contractOf(Object event) {
		if (event instanceof ContractActivated activated) {
			return activated.contractId();
		}
		if (event instanceof ContractAmended amended) {
			return amended.contractId();
		}
		if (event instanceof ContractCancelled cancelled) {
			return cancelled.contractId();
		}
		return ((ContractCompleted) event).contractId();
	}

	/** The events heard about one contract, in order. */
	public List<Object> about(Long contractId) {
		return events.stream().filter(event -> contractOf(event).equals(contractId)).toList();
	}
}
