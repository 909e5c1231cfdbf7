package org.trastienda.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceSeriesRepository extends JpaRepository<InvoiceSeries, Long> {

	Optional<InvoiceSeries> findByCode(String code);

	Optional<InvoiceSeries> findByDefaultFor(SeriesKind kind);

	List<InvoiceSeries> findAllByOrderByKindAscCodeAsc();
}
