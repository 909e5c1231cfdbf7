package org.trastienda.execution;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A contract's schedule: at most one per contract, created when the contract is activated. */
@Entity
@Table(name = "execution_schedule")
class ContractSchedule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contractId;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected ContractSchedule() {
	}

	ContractSchedule(Long contractId, Instant createdAt, String createdBy) {
		this.contractId = contractId;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	Long getId() {
		return id;
	}

	Long getContractId() {
		return contractId;
	}
}
