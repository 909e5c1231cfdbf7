package org.trastienda.contracts.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.contracts.ContractData;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractView;

/** The contract form; field names are the API's, so the service's errors land beside the inputs. */
public class ContractForm extends LinesForm {

	private Long version;

	private ContractKind kind = ContractKind.SALE;

	private Long partyId;

	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	private String ownerUsername;

	private String regionCode;

	private String notes;

	private BigDecimal overDeliveryTolerancePercent = BigDecimal.ZERO;

	private boolean invoicingInAdvance;

	static ContractForm blank(ContractKind kind, Long partyId) {
		ContractForm form = new ContractForm();
		form.kind = kind == null ? ContractKind.SALE : kind;
		form.partyId = partyId;
		form.addRow();
		return form;
	}

	static ContractForm of(ContractView contract) {
		ContractForm form = new ContractForm();
		form.version = contract.version();
		form.kind = contract.kind();
		form.partyId = contract.partyId();
		form.title = contract.title();
		form.signedOn = contract.signedOn();
		form.ownerUsername = contract.ownerUsername();
		form.regionCode = contract.regionCode();
		form.notes = contract.notes();
		form.overDeliveryTolerancePercent = contract.overDeliveryTolerancePercent();
		form.invoicingInAdvance = contract.invoicingInAdvance();
		form.takeTermsAndLinesOf(contract);
		return form;
	}

	ContractData toData() {
		return new ContractData(kind, partyId, title, signedOn, getStartsOn(), getEndsOn(), getCurrency(),
				getPaymentTermsDays(), ownerUsername, regionCode, notes, lineData(), overDeliveryTolerancePercent,
				invoicingInAdvance);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public ContractKind getKind() {
		return kind;
	}

	public void setKind(ContractKind kind) {
		this.kind = kind;
	}

	public Long getPartyId() {
		return partyId;
	}

	public void setPartyId(Long partyId) {
		this.partyId = partyId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public String getOwnerUsername() {
		return ownerUsername;
	}

	public void setOwnerUsername(String ownerUsername) {
		this.ownerUsername = ownerUsername;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public BigDecimal getOverDeliveryTolerancePercent() {
		return overDeliveryTolerancePercent;
	}

	public void setOverDeliveryTolerancePercent(BigDecimal overDeliveryTolerancePercent) {
		this.overDeliveryTolerancePercent = overDeliveryTolerancePercent;
	}

	public boolean isInvoicingInAdvance() {
		return invoicingInAdvance;
	}

	public void setInvoicingInAdvance(boolean invoicingInAdvance) {
		this.invoicingInAdvance = invoicingInAdvance;
	}
}
