package org.trastienda.billing;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Ties an invoice request to the draft prepared for it: a reserved request of the same contract gets
 * the draft; deleting the draft frees the request again; issuing the invoice marks it INVOICED.
 */
@Component
class RequestLinks {

	static final String REQUEST = "InvoiceRequest";

	private final InvoiceRequestRepository requests;

	private final AuditTrail audit;

	RequestLinks(InvoiceRequestRepository requests, AuditTrail audit) {
		this.requests = requests;
		this.audit = audit;
	}

	void prepare(Long requestId, Invoice invoice, String actor, Instant now) {
		InvoiceRequest request = requests.findById(requestId)
			.filter(found -> found.getContractId().equals(invoice.getContractId()))
			.orElseThrow(() -> new InvalidInputException(
					new FieldError("requestId", "billing.error.request", Checks.label("requestId"))));
		if (request.getStatus() != InvoiceRequestStatus.RESERVED || request.getInvoiceId() != null) {
			throw new BusinessRuleException("billing.request.notReserved", request.getId());
		}
		request.prepare(invoice.getId(), actor, now);
		requests.flush();
		record(request, "PREPARED", actor, new Changes().field("invoice", null, invoice.getId()));
	}

	void release(Invoice invoice, String actor, Instant now) {
		requests.findByInvoiceId(invoice.getId()).ifPresent(request -> {
			request.prepare(null, actor, now);
			requests.flush();
			record(request, "RELEASED", actor, new Changes().field("invoice", invoice.getId(), null));
		});
	}

	void invoiced(Invoice invoice, String actor, Instant now) {
		requests.findByInvoiceId(invoice.getId()).ifPresent(request -> {
			request.invoiced(actor, now);
			record(request, "INVOICED", actor,
					new Changes().field("status", InvoiceRequestStatus.RESERVED, InvoiceRequestStatus.INVOICED)
						.field("invoice", null, invoice.getInvoiceNumber()));
		});
	}

	void record(InvoiceRequest request, String action, String actor, Changes changes) {
		audit.record(REQUEST, request.getId(), request.getCustomerId(), action, request.getContractNumber(), actor,
				changes.list());
	}
}
