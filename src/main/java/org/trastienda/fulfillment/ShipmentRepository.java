package org.trastienda.fulfillment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

	/** The shipment with its row locked until the transaction ends: status changes wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Shipment s where s.id = :id")
	Optional<Shipment> findLockedById(Long id);

	boolean existsByContractId(Long contractId);

	/** Shipments whose number or tracking number (upper-cased) is one of the references. */
	@Query("select s from Shipment s where upper(s.number) in :references or upper(s.trackingNumber) in :references")
	List<Shipment> findByReferences(Collection<String> references);
}
