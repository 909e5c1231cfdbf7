package org.trastienda.customers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerNoteRepository extends JpaRepository<CustomerNote, Long> {

	Page<CustomerNote> findByCustomerIdOrderByCreatedAtDescIdDesc(Long customerId, Pageable pageable);
}
