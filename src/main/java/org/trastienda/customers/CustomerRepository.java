package org.trastienda.customers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

	Optional<Customer> findByIdAndRegionId(Long id, Long regionId);

	Optional<Customer> findByIdAndOwnerId(Long id, Long ownerId);

	Optional<Customer> findByTaxId(String taxId);

	List<Customer> findByTaxIdIn(Collection<String> taxIds);
}
