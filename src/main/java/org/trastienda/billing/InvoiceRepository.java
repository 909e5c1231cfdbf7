package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long>, JpaSpecificationExecutor<Invoice> {

	/** The invoice with its row locked until the transaction ends: issuing, cancelling, deciding an override. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invoice i where i.id = ?1")
	Optional<Invoice> findLockedById(Long id);

	List<Invoice> findByContractIdOrderByIdDesc(Long contractId);

	/** The contract's invoices of that gross amount, but those in the status: candidates for a duplicate. */
	List<Invoice> findByContractIdAndGrossTotalAndStatusNot(Long contractId, BigDecimal grossTotal, InvoiceStatus status);

	boolean existsBySourceReturnId(Long returnId);

	List<Invoice> findByRectifiesInvoiceIdOrderByIdDesc(Long rectifiesInvoiceId);
}
