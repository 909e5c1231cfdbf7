package org.trastienda.fulfillment;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReturnRepository extends JpaRepository<ShipmentReturn, Long> {

	/** The return with its row locked until the transaction ends: its steps wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ShipmentReturn r where r.id = :id")
	Optional<ShipmentReturn> findLockedById(Long id);
}
