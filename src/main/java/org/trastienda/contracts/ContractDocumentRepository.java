package org.trastienda.contracts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, Long> {

	List<ContractDocument> findByContractIdOrderById(Long contractId);

	Optional<ContractDocument> findByIdAndContractId(Long id, Long contractId);
}
