package org.trastienda.contracts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractRevisionRepository extends JpaRepository<ContractRevision, Long> {

	List<ContractRevision> findByContractIdOrderByRevisionDesc(Long contractId);

	Optional<ContractRevision> findByContractIdAndRevision(Long contractId, int revision);
}
