package org.trastienda.approvals;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

	/** The request, its row locked until the transaction ends: deciders of one request take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ApprovalRequest r where r.id = :id")
	Optional<ApprovalRequest> findForUpdate(Long id);

	Optional<ApprovalRequest> findByOpenSubjectKey(String openSubjectKey);

	List<ApprovalRequest> findBySubjectTypeAndSubjectIdOrderByRequestedAtDescIdDesc(String subjectType, Long subjectId);
}
