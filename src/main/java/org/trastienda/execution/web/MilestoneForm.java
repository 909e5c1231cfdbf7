package org.trastienda.execution.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.execution.MilestoneData;
import org.trastienda.execution.MilestoneType;
import org.trastienda.execution.MilestoneView;

/** The add / edit form of a milestone; property names are the API's, so service errors land beside the fields. */
public class MilestoneForm {

	private MilestoneType type;

	private String name;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actualDate;

	private String responsibleUsername;

	private BigDecimal amount;

	private String notes;

	private Long version;

	static MilestoneForm of(MilestoneView milestone) {
		MilestoneForm form = new MilestoneForm();
		form.type = milestone.type();
		form.name = milestone.name();
		form.plannedDate = milestone.plannedDate();
		form.actualDate = milestone.actualDate();
		form.responsibleUsername = milestone.responsibleUsername();
		form.amount = milestone.amount();
		form.notes = milestone.notes();
		form.version = milestone.version();
		return form;
	}

	MilestoneData toData() {
		return new MilestoneData(type, name, plannedDate, actualDate, responsibleUsername, amount, notes);
	}

	public MilestoneType getType() {
		return type;
	}

	public void setType(MilestoneType type) {
		this.type = type;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getPlannedDate() {
		return plannedDate;
	}

	public void setPlannedDate(LocalDate plannedDate) {
		this.plannedDate = plannedDate;
	}

	public LocalDate getActualDate() {
		return actualDate;
	}

	public void setActualDate(LocalDate actualDate) {
		this.actualDate = actualDate;
	}

	public String getResponsibleUsername() {
		return responsibleUsername;
	}

	public void setResponsibleUsername(String responsibleUsername) {
		this.responsibleUsername = responsibleUsername;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
