package org.trastienda.billing;

import org.springframework.stereotype.Component;
import org.trastienda.identity.DataScope;
import org.trastienda.shared.NotFoundException;

/** Loads invoices through a data scope: outside it an invoice does not exist. */
@Component
class ScopedInvoices {

	private final InvoiceRepository invoices;

	ScopedInvoices(InvoiceRepository invoices) {
		this.invoices = invoices;
	}

	Invoice require(DataScope scope, Long id) {
		return invoices.findById(id).filter(invoice -> visible(scope, invoice)).orElseThrow(() -> notFound(id));
	}

	/** As {@link #require}, with the row locked until the transaction ends. */
	Invoice requireLocked(DataScope scope, Long id) {
		return invoices.findLockedById(id).filter(invoice -> visible(scope, invoice)).orElseThrow(() -> notFound(id));
	}

	private static boolean visible(DataScope scope, Invoice invoice) {
		return scope.allows(invoice.getRegionId(), invoice.getOwnerId());
	}

	static NotFoundException notFound(Long id) {
		return new NotFoundException("invoice", id);
	}
}
