package org.trastienda.verifactu;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Appends and reads chain records; on purpose it offers no way to change or remove one. */
interface ChainRecordRepository extends Repository<ChainRecord, Long> {

	ChainRecord save(ChainRecord record);

	Optional<ChainRecord> findByIssuerTaxIdAndSequenceNumber(String issuerTaxId, long sequenceNumber);

	/** The latest record about an invoice, which says whether it stands registered or cancelled. */
	Optional<ChainRecord> findFirstByIssuerTaxIdAndSeriesNumberAndIssueDateOrderBySequenceNumberDesc(
			String issuerTaxId, String seriesNumber, String issueDate);

	Page<ChainRecord> findAll(Pageable pageable);

	Page<ChainRecord> findByIssuerTaxId(String issuerTaxId, Pageable pageable);
}
