package org.trastienda.execution;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Plays a later module (shipments, invoicing) in the shared test context: hears every completed milestone. */
@Component
public class RecordedMilestoneEvents {

	private final List<MilestoneCompleted> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(MilestoneCompleted completed) {
		events.add(completed);
	}

	public List<MilestoneCompleted> of(Long contractId) {
		return events.stream().filter(event -> event.contractId().equals(contractId)).toList();
	}
}
