package org.trastienda.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerCertificateRepository extends JpaRepository<CustomerCertificate, Long> {

	List<CustomerCertificate> findByCustomerIdOrderByExpiresOnAscIdAsc(Long customerId);

	Optional<CustomerCertificate> findByIdAndCustomerId(Long id, Long customerId);
}
