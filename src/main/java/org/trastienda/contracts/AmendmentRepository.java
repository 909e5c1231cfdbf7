package org.trastienda.contracts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AmendmentRepository extends JpaRepository<Amendment, Long> {

	List<Amendment> findByContractIdOrderByNumberDesc(Long contractId);

	Optional<Amendment> findByIdAndContractId(Long id, Long contractId);

	boolean existsByContractIdAndStatus(Long contractId, AmendmentStatus status);

	long countByContractId(Long contractId);
}
