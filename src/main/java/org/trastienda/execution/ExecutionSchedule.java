package org.trastienda.execution;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;

/**
 * The execution schedules of contracts. Reads and writes reach a contract through
 * {@link Contracts#get}, so a contract outside the caller's data scope answers
 * {@link NotFoundException}. Only the back office (and the administrator) changes a schedule, and
 * only while its contract is active ({@link BusinessRuleException}, 422, otherwise); invalid input
 * raises {@link InvalidInputException} with the API's field names; a stale version answers 409.
 * Every change goes to the audit trail, on the party's timeline.
 */
@Service
@Transactional
public class ExecutionSchedule {

	private final Contracts contracts;

	private final ScheduleEditor editor;

	private final MilestoneInputs inputs;

	private final MilestoneViews views;

	private final UserDirectory users;

	private final ScheduleClock clock;

	ExecutionSchedule(Contracts contracts, ScheduleEditor editor, MilestoneInputs inputs, MilestoneViews views,
			UserDirectory users, ScheduleClock clock) {
		this.contracts = contracts;
		this.editor = editor;
		this.inputs = inputs;
		this.views = views;
		this.users = users;
		this.clock = clock;
	}

	/** The contract's schedule as of today; not {@code created} while the contract has not been activated. */
	@Transactional(readOnly = true)
	public ScheduleView schedule(Long contractId) {
		ContractView contract = contracts.get(contractId);
		return editor.find(contract)
			.map(scheduled -> views.schedule(contract, editor.milestones(contractId)))
			.orElseGet(() -> ScheduleView.notCreated(contract.id(), contract.number(), contract.currency()));
	}

	/** One milestone of the contract's schedule. */
	@Transactional(readOnly = true)
	public MilestoneView milestone(Long contractId, Long milestoneId) {
		ContractView contract = contracts.get(contractId);
		ScheduledContract scheduled = editor.find(contract)
			.orElseThrow(() -> new NotFoundException("milestone", milestoneId));
		return views.view(contract, editor.milestone(scheduled, milestoneId));
	}

	/** Adds a milestone; with an actual date it is added done. */
	public MilestoneView add(Long contractId, MilestoneData data) {
		ScheduledContract scheduled = writable(contractId);
		return views.view(scheduled.contract(), editor.add(scheduled, inputs.check(data)));
	}

	/** Changes a milestone at {@code version}: setting its actual date marks it done, clearing it reopens it. */
	public MilestoneView update(Long contractId, Long milestoneId, Long version, MilestoneData data) {
		ScheduledContract scheduled = writable(contractId);
		MilestoneInput input = inputs.check(data);
		return views.view(scheduled.contract(), editor.update(scheduled, milestoneId, version, input));
	}

	/** Removes a milestone; {@code version} may be null, else it must be the stored one. */
	public void remove(Long contractId, Long milestoneId, Long version) {
		editor.remove(writable(contractId), milestoneId, version);
	}

	/**
	 * Marks a milestone done on {@code actualDate} (not after today), recording who did it;
	 * {@code version} may be null, else it must be the stored one. Refused (422) when already done.
	 */
	public MilestoneView markDone(Long contractId, Long milestoneId, LocalDate actualDate, Long version) {
		ScheduledContract scheduled = writable(contractId);
		LocalDate day = inputs.checkDone(actualDate);
		return views.view(scheduled.contract(), editor.markDone(scheduled, milestoneId, version, day));
	}

	/**
	 * For the modules that make milestones happen (shipments, invoicing, payments): marks the
	 * earliest open milestone of the type done on the day, whatever the contract's status and the
	 * caller's role. Empty when the contract has no schedule or no open milestone of the type, so
	 * a repeated call changes nothing.
	 */
	public Optional<MilestoneView> completeMilestone(Long contractId, MilestoneType type, LocalDate actualDate) {
		ContractView contract = contracts.get(contractId);
		return editor.find(contract)
			.flatMap(scheduled -> editor.completeFirstOpen(scheduled, type, actualDate))
			.map(milestone -> views.view(contract, milestone));
	}

	/** Whether any milestone of the contract is done (a contract whose execution started cannot be cancelled). */
	@Transactional(readOnly = true)
	public boolean hasExecutionStarted(Long contractId) {
		return editor.anyDone(contractId);
	}

	/** Whether the signed-in user may change schedules (back office, administrator). */
	public boolean mayEdit() {
		return users.current().map(user -> user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN)).orElse(false);
	}

	/** Whether the signed-in user may change this contract's schedule now: they may edit and it is active. */
	@Transactional(readOnly = true)
	public boolean mayEdit(Long contractId) {
		return mayEdit() && contracts.get(contractId).status() == ContractStatus.ACTIVE;
	}

	/** Today in {@code trastienda.milestones.zone}: the day milestone states are reckoned on. */
	public LocalDate today() {
		return clock.today();
	}

	private ScheduledContract writable(Long contractId) {
		if (!mayEdit()) {
			throw new AccessDeniedException("may not change execution schedules");
		}
		ContractView contract = contracts.get(contractId);
		if (contract.status() != ContractStatus.ACTIVE) {
			throw new BusinessRuleException("execution.schedule.notActive");
		}
		return editor.createFor(contract);
	}
}
