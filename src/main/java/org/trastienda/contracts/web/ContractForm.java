package org.trastienda.contracts.web;

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

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private String currency = "EUR";

	private Integer paymentTermsDays;

	private String ownerUsername;

	private String regionCode;

	private String notes;

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
		form.startsOn = contract.startsOn();
		form.endsOn = contract.endsOn();
		form.currency = contract.currency();
		form.paymentTermsDays = contract.paymentTermsDays();
		form.ownerUsername = contract.ownerUsername();
		form.regionCode = contract.regionCode();
		form.notes = contract.notes();
		contract.lines().forEach(line -> form.getLines().add(LineForm.of(line)));
		return form;
	}

	ContractData toData() {
		return new ContractData(kind, partyId, title, signedOn, startsOn, endsOn, currency, paymentTermsDays,
				ownerUsername, regionCode, notes, lineData());
	}

	@Override
	String currencyCode() {
		return currency;
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

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Integer getPaymentTermsDays() {
		return paymentTermsDays;
	}

	public void setPaymentTermsDays(Integer paymentTermsDays) {
		this.paymentTermsDays = paymentTermsDays;
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
}
