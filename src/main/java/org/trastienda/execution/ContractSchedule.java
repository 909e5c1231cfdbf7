package org.trastienda.execution;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractView;

/**
 * A contract's schedule: one per contract, keeping what the alert job and the audit trail need of
 * the contract (number, title, party, region, owner) as it stood at activation.
 */
@Entity
@Table(name = "execution_schedule")
class ContractSchedule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contractId;

	private String contractNumber;

	@Enumerated(EnumType.STRING)
	private ContractKind contractKind;

	private String contractTitle;

	private Long partyId;

	private String regionCode;

	private String ownerUsername;

	private String currency;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected ContractSchedule() {
	}

	ContractSchedule(ContractView contract, Instant createdAt, String createdBy) {
		this.contractId = contract.id();
		this.contractNumber = contract.number();
		this.contractKind = contract.kind();
		this.contractTitle = contract.title();
		this.partyId = contract.partyId();
		this.regionCode = contract.regionCode();
		this.ownerUsername = contract.ownerUsername();
		this.currency = contract.currency() == null ? "EUR" : contract.currency();
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	Long getId() {
		return id;
	}

	Long getContractId() {
		return contractId;
	}

	String getContractNumber() {
		return contractNumber;
	}

	ContractKind getContractKind() {
		return contractKind;
	}

	String getContractTitle() {
		return contractTitle;
	}

	Long getPartyId() {
		return partyId;
	}

	String getRegionCode() {
		return regionCode;
	}

	String getOwnerUsername() {
		return ownerUsername;
	}

	String getCurrency() {
		return currency;
	}
}
