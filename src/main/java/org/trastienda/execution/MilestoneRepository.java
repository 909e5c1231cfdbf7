package org.trastienda.execution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByContractIdOrderByPlannedDateAscIdAsc(Long contractId);

	boolean existsByContractIdAndActualDateIsNotNull(Long contractId);
}
