package org.trastienda.fulfillment.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.fulfillment.GoodsCondition;

/** A step of a return (verify: a note; receive: the day and condition; reject: the reason), from the return page or the API; {@code version}, when sent, must be the stored one. */
public class ReturnStepForm {

	private Long version;

	private String note;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	private GoodsCondition condition;

	private String reason;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public GoodsCondition getCondition() {
		return condition;
	}

	public void setCondition(GoodsCondition condition) {
		this.condition = condition;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
