package org.trastienda.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvoiceRequestRepository extends JpaRepository<InvoiceRequest, Long>, JpaSpecificationExecutor<InvoiceRequest> {

	Optional<InvoiceRequest> findByInvoiceId(Long invoiceId);

	List<InvoiceRequest> findByContractIdOrderByIdDesc(Long contractId);
}
