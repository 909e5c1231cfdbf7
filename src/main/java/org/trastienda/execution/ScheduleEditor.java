package org.trastienda.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.contracts.ContractView;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * Creates and changes schedules and their milestones, each change in the audit trail, each
 * completion announced as {@link MilestoneCompleted}. Callers have already checked that the
 * contract is within reach and that the change is allowed.
 */
@Component
@Transactional
class ScheduleEditor {

	static final String SYSTEM = "system";

	private final ContractScheduleRepository schedules;

	private final MilestoneRepository milestones;

	private final MilestoneTemplateRepository templates;

	private final MilestoneAudit audit;

	private final UserDirectory users;

	private final ScheduleClock today;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ScheduleEditor(ContractScheduleRepository schedules, MilestoneRepository milestones,
			MilestoneTemplateRepository templates, MilestoneAudit audit, UserDirectory users, ScheduleClock today,
			Clock clock, ApplicationEventPublisher events) {
		this.schedules = schedules;
		this.milestones = milestones;
		this.templates = templates;
		this.audit = audit;
		this.users = users;
		this.today = today;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The contract's schedule, created from its kind's template when it has none: planned dates from
	 * {@link PlannedDates}, amounts as shares of the gross total, the contract's owner responsible.
	 */
	ScheduledContract createFor(ContractView contract) {
		Optional<ContractSchedule> existing = schedules.findByContractId(contract.id());
		if (existing.isPresent()) {
			return new ScheduledContract(contract, existing.get());
		}
		String actor = actor();
		ContractSchedule schedule = schedules.saveAndFlush(new ContractSchedule(contract.id(), clock.instant(), actor));
		PlannedDates dates = new PlannedDates(contract, today.today());
		Long owner = contract.ownerUsername() == null ? null
				: users.findByUsername(contract.ownerUsername()).map(UserSummary::id).orElse(null);
		for (MilestoneTemplate template : templates.findByContractKindOrderByPosition(contract.kind())) {
			Milestone milestone = new Milestone(schedule, template.getType(), dates.plannedDate(template));
			milestone.assign(owner, template.amountOf(contract.grossTotal()));
			audit.planned(contract, milestones.save(milestone), actor);
		}
		milestones.flush();
		return new ScheduledContract(contract, schedule);
	}

	@Transactional(readOnly = true)
	Optional<ScheduledContract> find(ContractView contract) {
		return schedules.findByContractId(contract.id()).map(schedule -> new ScheduledContract(contract, schedule));
	}

	@Transactional(readOnly = true)
	List<Milestone> milestones(Long contractId) {
		return milestones.findByContractIdOrderByPlannedDateAscIdAsc(contractId);
	}

	@Transactional(readOnly = true)
	Milestone milestone(ScheduledContract scheduled, Long milestoneId) {
		return milestones.findById(milestoneId)
			.filter(milestone -> milestone.getScheduleId().equals(scheduled.schedule().getId()))
			.orElseThrow(() -> new NotFoundException("milestone", milestoneId));
	}

	@Transactional(readOnly = true)
	boolean anyDone(Long contractId) {
		return milestones.existsByContractIdAndActualDateIsNotNull(contractId);
	}

	Milestone add(ScheduledContract scheduled, MilestoneInput input) {
		String actor = actor();
		Milestone milestone = new Milestone(scheduled.schedule(), input.type(), input.plannedDate());
		milestone.edit(input, actor, clock.instant());
		milestones.saveAndFlush(milestone);
		audit.created(scheduled.contract(), milestone, actor);
		announceIfDone(milestone, false);
		return milestone;
	}

	Milestone update(ScheduledContract scheduled, Long milestoneId, Long version, MilestoneInput input) {
		Milestone milestone = milestone(scheduled, milestoneId);
		Versions.requireCurrent(version, milestone.getVersion());
		boolean wasDone = milestone.isDone();
		MilestoneAudit.Snapshot before = audit.snapshot(milestone);
		String actor = actor();
		milestone.edit(input, actor, clock.instant());
		milestones.saveAndFlush(milestone);
		audit.changed(scheduled.contract(), milestone, before, "UPDATED", actor);
		announceIfDone(milestone, wasDone);
		return milestone;
	}

	/** Removes the milestone; a version, when given, must be the stored one. */
	void remove(ScheduledContract scheduled, Long milestoneId, Long version) {
		Milestone milestone = milestone(scheduled, milestoneId);
		if (version != null) {
			Versions.requireCurrent(version, milestone.getVersion());
		}
		audit.removed(scheduled.contract(), milestone, actor());
		milestones.delete(milestone);
		milestones.flush();
	}

	/** Marks the milestone done on the day; refused (422) when it already is. A version, when given, must be the stored one. */
	Milestone markDone(ScheduledContract scheduled, Long milestoneId, Long version, LocalDate actualDate) {
		Milestone milestone = milestone(scheduled, milestoneId);
		if (version != null) {
			Versions.requireCurrent(version, milestone.getVersion());
		}
		if (milestone.isDone()) {
			throw new BusinessRuleException("execution.milestone.alreadyDone");
		}
		return complete(scheduled, milestone, actualDate);
	}

	/** Completes the earliest open milestone of the type, if there is one. */
	Optional<Milestone> completeFirstOpen(ScheduledContract scheduled, MilestoneType type, LocalDate actualDate) {
		return milestones(scheduled.contractId()).stream()
			.filter(milestone -> milestone.getType() == type && !milestone.isDone())
			.findFirst()
			.map(milestone -> complete(scheduled, milestone, actualDate));
	}

	private Milestone complete(ScheduledContract scheduled, Milestone milestone, LocalDate actualDate) {
		MilestoneAudit.Snapshot before = audit.snapshot(milestone);
		String actor = actor();
		milestone.complete(actualDate, actor, clock.instant());
		milestones.saveAndFlush(milestone);
		audit.changed(scheduled.contract(), milestone, before, "DONE", actor);
		announceIfDone(milestone, false);
		return milestone;
	}

	private void announceIfDone(Milestone milestone, boolean wasDone) {
		if (milestone.isDone() && !wasDone) {
			events.publishEvent(new MilestoneCompleted(milestone.getId(), milestone.getContractId(), milestone.getType()));
		}
	}

	private String actor() {
		return users.current().map(CurrentUser::username).orElse(SYSTEM);
	}
}
