package org.trastienda.customers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerAttachmentRepository extends JpaRepository<CustomerAttachment, Long> {

	List<CustomerAttachment> findByCustomerIdOrderByUploadedAtDescIdDesc(Long customerId);
}
