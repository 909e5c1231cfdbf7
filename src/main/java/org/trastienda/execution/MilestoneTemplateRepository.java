package org.trastienda.execution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.trastienda.contracts.ContractKind;

interface MilestoneTemplateRepository extends JpaRepository<MilestoneTemplate, Long> {

	List<MilestoneTemplate> findByContractKindOrderByPosition(ContractKind kind);
}
