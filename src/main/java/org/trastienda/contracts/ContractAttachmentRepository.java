package org.trastienda.contracts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractAttachmentRepository extends JpaRepository<ContractAttachment, Long> {

	List<ContractAttachment> findByContractIdOrderByUploadedAtDescIdDesc(Long contractId);

	Optional<ContractAttachment> findByIdAndContractId(Long id, Long contractId);
}
