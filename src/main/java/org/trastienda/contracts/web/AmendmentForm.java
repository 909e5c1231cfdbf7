package org.trastienda.contracts.web;

import org.trastienda.contracts.AmendmentData;
import org.trastienda.contracts.ContractView;

/** The amendment form: why, the new dates and terms, and the contract's lines as they should be. */
public class AmendmentForm extends LinesForm {

	private String reason;

	/** Starts from the contract as it stands. */
	static AmendmentForm of(ContractView contract) {
		AmendmentForm form = new AmendmentForm();
		form.takeTermsAndLinesOf(contract);
		return form;
	}

	AmendmentData toData() {
		return new AmendmentData(reason, getStartsOn(), getEndsOn(), getPaymentTermsDays(), lineData());
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
