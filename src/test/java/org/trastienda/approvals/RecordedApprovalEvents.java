package org.trastienda.approvals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trastienda.shared.ConflictException;

/**
 * Plays a subject module in the shared test context: hears the outcome events the way a module
 * does (a synchronous listener in the deciding transaction) and keeps them, and for
 * {@link #REFUSING_TYPE} refuses the outcome as a subject no longer in a state to take it would.
 */
@Component
public class RecordedApprovalEvents {

	/** A subject type whose "module" refuses every outcome. */
	public static final String REFUSING_TYPE = "TEST_REFUSED_BY_SUBJECT";

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ApprovalGranted granted) {
		refuseIfAsked(granted.subjectType());
		events.add(granted);
	}

	@EventListener
	void on(ApprovalRejected rejected) {
		refuseIfAsked(rejected.subjectType());
		events.add(rejected);
	}

	/** The events heard about one request, in order. */
	public List<Object> about(long requestId) {
		return events.stream()
			.filter(event -> event instanceof ApprovalGranted granted ? granted.requestId() == requestId
					: ((ApprovalRejected) event).requestId() == requestId)
			.toList();
	}

	private static void refuseIfAsked(String subjectType) {
		if (REFUSING_TYPE.equals(subjectType)) {
			throw ConflictException.staleVersion();
		}
	}
}
