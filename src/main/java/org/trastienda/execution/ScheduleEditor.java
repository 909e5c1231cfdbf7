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
 * Creates and changes schedules and their milestones, each change in the audit trail, a
 * completion announced as {@link MilestoneCompleted}. Callers have already checked that the
 * contract is within reach.
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
	ContractSchedule createFor(ContractView contract) {
		Optional<ContractSchedule> existing = schedules.findByContractId(contract.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		String actor = actor();
		ContractSchedule schedule = schedules.saveAndFlush(new ContractSchedule(contract, clock.instant(), actor));
		PlannedDates dates = new PlannedDates(contract, today.today());
		Long owner = contract.ownerUsername() == null ? null
				: users.findByUsername(contract.ownerUsername()).map(UserSummary::id).orElse(null);
		for (MilestoneTemplate template : templates.findByContractKindOrderByPosition(contract.kind())) {
			Milestone milestone = new Milestone(schedule, template.getType(), dates.plannedDate(template));
			milestone.assign(owner, template.amountOf(contract.grossTotal()));
			audit.created(schedule, milestones.save(milestone), actor);
		}
		return schedule;
	}

	@Transactional(readOnly = true)
	Optional<ContractSchedule> find(Long contractId) {
		return schedules.findByContractId(contractId);
	}

	@Transactional(readOnly = true)
	List<Milestone> milestones(Long contractId) {
		return milestones.findByContractIdOrderByPlannedDateAscIdAsc(contractId);
	}

	@Transactional(readOnly = true)
	boolean anyDone(Long contractId) {
		return milestones.existsByContractIdAndActualDateIsNotNull(contractId);
	}

	Milestone add(ContractSchedule schedule, MilestoneInput input) {
		String actor = actor();
		Milestone milestone = new Milestone(schedule, input.type(), input.plannedDate());
		milestone.edit(input, actor, clock.instant());
		milestones.saveAndFlush(milestone);
		audit.created(schedule, milestone, actor);
		announceIfDone(milestone, false);
		return milestone;
	}

	Milestone update(ContractSchedule schedule, Long milestoneId, Long version, MilestoneInput input) {
		Milestone milestone = require(schedule, milestoneId);
		Versions.requireCurrent(version, milestone.getVersion());
		boolean wasDone = milestone.isDone();
		MilestoneAudit.Snapshot before = audit.snapshot(milestone);
		String actor = actor();
		milestone.edit(input, actor, clock.instant());
		milestones.saveAndFlush(milestone);
		audit.changed(schedule, milestone, before, "UPDATED", actor);
		announceIfDone(milestone, wasDone);
		return milestone;
	}

	void remove(ContractSchedule schedule, Long milestoneId, Long version) {
		Milestone milestone = require(schedule, milestoneId);
		if (version != null) {
			Versions.requireCurrent(version, milestone.getVersion());
		}
		audit.removed(schedule, milestone, actor());
		milestones.delete(milestone);
		milestones.flush();
	}

	/** Marks the milestone done on the day; refused (422) when it already is. */
	Milestone markDone(ContractSchedule schedule, Long milestoneId, Long version, LocalDate actualDate) {
		Milestone milestone = require(schedule, milestoneId);
		if (version != null) {
			Versions.requireCurrent(version, milestone.getVersion());
		}
		if (milestone.isDone()) {
			throw new BusinessRuleException("execution.milestone.alreadyDone");
		}
		return complete(schedule, milestone, actualDate);
	}

	/** Completes the earliest open milestone of the type, if there is one. */
	Optional<Milestone> completeFirstOpen(ContractSchedule schedule, MilestoneType type, LocalDate actualDate) {
		return milestones(schedule.getContractId()).stream()
			.filter(milestone -> milestone.getType() == type && !milestone.isDone())
			.findFirst()
			.map(milestone -> complete(schedule, milestone, actualDate));
	}

	private Milestone complete(ContractSchedule schedule, Milestone milestone, LocalDate actualDate) {
		MilestoneAudit.Snapshot before = audit.snapshot(milestone);
		String actor = actor();
		milestone.complete(actualDate, actor, clock.instant());
		milestones.saveAndFlush(milestone);
		audit.changed(schedule, milestone, before, "DONE", actor);
		announceIfDone(milestone, false);
		return milestone;
	}

	private void announceIfDone(Milestone milestone, boolean wasDone) {
		if (milestone.isDone() && !wasDone) {
			events.publishEvent(new MilestoneCompleted(milestone.getId(), milestone.getContractId(), milestone.getType()));
		}
	}

	private Milestone require(ContractSchedule schedule, Long milestoneId) {
		return milestones.findById(milestoneId)
			.filter(milestone -> milestone.getScheduleId().equals(schedule.getId()))
			.orElseThrow(() -> new NotFoundException("milestone", milestoneId));
	}

	private String actor() {
		return users.current().map(CurrentUser::username).orElse(SYSTEM);
	}
}
