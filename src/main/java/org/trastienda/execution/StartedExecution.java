package org.trastienda.execution;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.contracts.ExecutionProgress;

/**
 * Answers the contracts module's question before it cancels an active contract: has any of its
 * milestones been done? A bean of its own, apart from {@link ExecutionSchedule}, because the
 * contracts service it serves is one that {@link ExecutionSchedule} itself depends on.
 */
@Component
class StartedExecution implements ExecutionProgress {

	private final ScheduleEditor editor;

	StartedExecution(ScheduleEditor editor) {
		this.editor = editor;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasStarted(Long contractId) {
		return editor.anyDone(contractId);
	}
}
