package org.trastienda.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.trastienda.identity.DataScope;

/** Lists of invoices in a data scope, filtered; only the {@link #SORTABLE} fields sort. */
@Component
class InvoiceQueries {

	/** API field names and the properties they sort by. */
	static final Map<String, String> SORTABLE = Map.of("number", "invoiceNumber", "issueDate", "issueDate", "dueDate",
			"dueDate", "grossTotal", "grossTotal", "status", "status", "customerName", "customerName", "createdAt",
			"createdAt", "id", "id");

	private final InvoiceRepository invoices;

	private final InvoiceSeriesRepository series;

	InvoiceQueries(InvoiceRepository invoices, InvoiceSeriesRepository series) {
		this.invoices = invoices;
		this.series = series;
	}

	Page<Invoice> search(DataScope scope, InvoiceFilter filter, Pageable pageable) {
		Long seriesId = filter.series() == null || filter.series().isBlank() ? null
				: series.findByCode(filter.series().strip().toUpperCase(Locale.ROOT))
					.map(InvoiceSeries::getId)
					.orElse(-1L);
		Specification<Invoice> matching = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			switch (scope.kind()) {
				case REGION -> where.add(cb.equal(root.get("regionId"), scope.regionId()));
				case OWNER -> where.add(cb.equal(root.get("ownerId"), scope.ownerId()));
				default -> {
					// everyone's invoices
				}
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (seriesId != null) {
				where.add(cb.equal(root.get("seriesId"), seriesId));
			}
			if (filter.customerId() != null) {
				where.add(cb.equal(root.get("customerId"), filter.customerId()));
			}
			if (filter.contractId() != null) {
				where.add(cb.equal(root.get("contractId"), filter.contractId()));
			}
			if (filter.issuedFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("issueDate"), filter.issuedFrom()));
			}
			if (filter.issuedTo() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("issueDate"), filter.issuedTo()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return invoices.findAll(matching, pageable);
	}
}
