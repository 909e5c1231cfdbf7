package org.trastienda.execution;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractScheduleRepository extends JpaRepository<ContractSchedule, Long> {

	Optional<ContractSchedule> findByContractId(Long contractId);

	boolean existsByContractId(Long contractId);
}
