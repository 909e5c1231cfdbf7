package org.trastienda.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findByCode(String code);

	List<Region> findAllByOrderByCodeAsc();
}
