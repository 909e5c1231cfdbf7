package org.trastienda.contracts;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, Long> {

	/** The contract with its row locked until the transaction ends: decisions on it happen one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Contract c where c.id = :id")
	Optional<Contract> findLockedById(Long id);
}
