package org.trastienda.billing;

import java.util.List;

import org.springframework.stereotype.Component;

/** Turns invoices into what the API and the pages show. */
@Component
class InvoiceViews {

	private final InvoiceSeriesRepository series;

	private final InvoiceRepository invoices;

	private final Dispatches dispatches;

	InvoiceViews(InvoiceSeriesRepository series, InvoiceRepository invoices, Dispatches dispatches) {
		this.series = series;
		this.invoices = invoices;
		this.dispatches = dispatches;
	}

	InvoiceView view(Invoice invoice) {
		return new InvoiceView(invoice.getId(), invoice.getVersion(), invoice.getContractId(), invoice.getCustomerId(),
				invoice.getType(), seriesCode(invoice), invoice.getInvoiceNumber(), invoice.getStatus(),
				invoice.getIssueDate(), invoice.getOperationDate(), invoice.getDueDate(),
				invoice.getLines().stream().map(InvoiceLine::toView).toList(), invoice.taxViews(), invoice.getNetTotal(),
				invoice.getTaxTotal(), invoice.getGrossTotal(), invoice.getRectifiesInvoiceId(), invoice.getHuella());
	}

	InvoiceSummary summary(Invoice invoice) {
		return new InvoiceSummary(invoice.getId(), invoice.getInvoiceNumber(), invoice.getType(), invoice.getStatus(),
				seriesCode(invoice), invoice.getContractId(), invoice.getContractNumber(), invoice.getCustomerId(),
				invoice.getCustomerName(), invoice.getIssueDate(), invoice.getDueDate(), invoice.getGrossTotal(),
				invoice.getCurrency());
	}

	InvoiceDetail detail(Invoice invoice) {
		Invoice original = invoice.getRectifiesInvoiceId() == null ? null
				: invoices.findById(invoice.getRectifiesInvoiceId()).orElse(null);
		Party issuer = invoice.issuer();
		Party recipient = invoice.recipient();
		List<InvoiceSummary> rectifications = invoices.findByRectifiesInvoiceIdOrderByIdDesc(invoice.getId())
			.stream().map(this::summary).toList();
		return new InvoiceDetail(view(invoice), invoice.getContractNumber(), invoice.getCustomerName(),
				invoice.getCurrency(), invoice.getVatTotal(), invoice.getRecargoTotal(), issuer.name(), issuer.taxId(),
				issuer.address(), recipient.name(), recipient.taxId(), recipient.address(),
				original == null ? null : original.getInvoiceNumber(), original == null ? null : original.getIssueDate(),
				invoice.getRectificationReason(), invoice.getNotes(), invoice.getOverrideStatus().name(),
				invoice.getOverrideReason(), invoice.getCreatedBy(), invoice.getIssuedAt(), invoice.getIssuedBy(),
				invoice.getCancelledAt(), invoice.getCancelledBy(), invoice.getCancelReason(),
				dispatches.of(invoice.getId()), rectifications);
	}

	private String seriesCode(Invoice invoice) {
		return series.findById(invoice.getSeriesId()).map(InvoiceSeries::getCode).orElse(null);
	}
}
