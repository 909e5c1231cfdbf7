package org.trastienda.execution.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Marks a milestone done on a day; also carries the version of a milestone being removed. */
public class DoneForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actualDate;

	private Long version;

	public LocalDate getActualDate() {
		return actualDate;
	}

	public void setActualDate(LocalDate actualDate) {
		this.actualDate = actualDate;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
