package org.trastienda.contracts.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.contracts.AmendmentData;
import org.trastienda.contracts.ContractView;

/** The amendment form: why, the new dates and terms, and the contract's lines as they should be. */
public class AmendmentForm extends LinesForm {

	private String reason;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private Integer paymentTermsDays;

	private String currency;

	/** Starts from the contract as it stands. */
	static AmendmentForm of(ContractView contract) {
		AmendmentForm form = new AmendmentForm();
		form.startsOn = contract.startsOn();
		form.endsOn = contract.endsOn();
		form.paymentTermsDays = contract.paymentTermsDays();
		form.currency = contract.currency();
		contract.lines().forEach(line -> form.getLines().add(LineForm.of(line)));
		return form;
	}

	AmendmentData toData() {
		return new AmendmentData(reason, startsOn, endsOn, paymentTermsDays, lineData());
	}

	@Override
	String currencyCode() {
		return currency;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Integer getPaymentTermsDays() {
		return paymentTermsDays;
	}

	public void setPaymentTermsDays(Integer paymentTermsDays) {
		this.paymentTermsDays = paymentTermsDays;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}
}
