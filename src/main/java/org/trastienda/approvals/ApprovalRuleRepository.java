package org.trastienda.approvals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalRuleRepository extends JpaRepository<ApprovalRule, Long> {

	Optional<ApprovalRule> findBySubjectType(String subjectType);

	List<ApprovalRule> findAllByOrderBySubjectTypeAsc();
}
