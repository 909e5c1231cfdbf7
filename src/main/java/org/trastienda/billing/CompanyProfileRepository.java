package org.trastienda.billing;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyProfileRepository extends JpaRepository<CompanyProfile, Integer> {
}
