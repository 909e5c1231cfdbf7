package org.trastienda.execution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One step of a contract's execution: planned on a date, done on another (or not yet). */
@Entity
@Table(name = "milestone")
class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long scheduleId;

	private Long contractId;

	@Enumerated(EnumType.STRING)
	private MilestoneType type;

	private String name;

	private LocalDate plannedDate;

	private LocalDate actualDate;

	private Long responsibleUserId;

	private BigDecimal amount;

	private String notes;

	private String completedBy;

	private Instant completedAt;

	@Version
	private long version;

	protected Milestone() {
	}

	Milestone(ContractSchedule schedule, MilestoneType type, LocalDate plannedDate) {
		this.scheduleId = schedule.getId();
		this.contractId = schedule.getContractId();
		this.type = type;
		this.plannedDate = plannedDate;
	}

	/** Sets what a person may edit; setting or clearing the actual date records who did it. */
	void edit(MilestoneInput input, String actor, Instant now) {
		this.type = input.type();
		this.name = input.name();
		this.plannedDate = input.plannedDate();
		this.responsibleUserId = input.responsibleUserId();
		this.amount = input.amount();
		this.notes = input.notes();
		if (input.actualDate() == null) {
			reopen();
		}
		else if (!input.actualDate().equals(actualDate)) {
			complete(input.actualDate(), actor, now);
		}
	}

	void complete(LocalDate actual, String actor, Instant now) {
		this.actualDate = actual;
		this.completedBy = actor;
		this.completedAt = now;
	}

	private void reopen() {
		this.actualDate = null;
		this.completedBy = null;
		this.completedAt = null;
	}

	void assign(Long userId, BigDecimal amount) {
		this.responsibleUserId = userId;
		this.amount = amount;
	}

	boolean isDone() {
		return actualDate != null;
	}

	Long getId() {
		return id;
	}

	Long getScheduleId() {
		return scheduleId;
	}

	Long getContractId() {
		return contractId;
	}

	MilestoneType getType() {
		return type;
	}

	String getName() {
		return name;
	}

	LocalDate getPlannedDate() {
		return plannedDate;
	}

	LocalDate getActualDate() {
		return actualDate;
	}

	Long getResponsibleUserId() {
		return responsibleUserId;
	}

	BigDecimal getAmount() {
		return amount;
	}

	String getNotes() {
		return notes;
	}

	String getCompletedBy() {
		return completedBy;
	}

	Instant getCompletedAt() {
		return completedAt;
	}

	long getVersion() {
		return version;
	}
}
