package org.trastienda.billing.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.billing.InvoiceBlocked;
import org.trastienda.billing.InvoiceFilter;
import org.trastienda.billing.InvoiceStatus;
import org.trastienda.billing.InvoiceView;
import org.trastienda.billing.Invoicing;
import org.trastienda.billing.RectificationData;
import org.trastienda.web.Paging;

@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Draft, check, issue, rectify, cancel and send invoices of sales contracts")
class InvoiceApiController {

	private final Invoicing invoicing;

	private final FindingMessages findings;

	private final MessageSource messages;

	InvoiceApiController(Invoicing invoicing, FindingMessages findings, MessageSource messages) {
		this.invoicing = invoicing;
		this.findings = findings;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "List invoices in your scope",
			description = "Sort by number, issueDate, dueDate, grossTotal, status, customerName, createdAt or id; newest first by default.")
	PagedModel<InvoiceView> list(@RequestParam(required = false) InvoiceStatus status,
			@Parameter(description = "series code") @RequestParam(required = false) String series,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long contractId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(example = "issueDate,desc") @RequestParam(required = false) String sort) {
		Paging.Request paging = Paging.of(page, size, sort, Sorting.FIELDS, Sorting.DEFAULT);
		return new PagedModel<>(invoicing.search(
				new InvoiceFilter(status, series, customerId, contractId, issuedFrom, issuedTo), paging.pageable()));
	}

	@PostMapping
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Draft an invoice on a sales contract",
			description = "Lines of contract lines take the contract's description, price, discount and VAT rate when "
					+ "left out; free lines need them and a reason. A draft without a series takes its type's default.")
	ResponseEntity<InvoiceView> create(@RequestBody InvoiceRequestBody body) {
		InvoiceView created = invoicing.create(body.toData());
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "One invoice with its lines and taxes")
	InvoiceView get(@PathVariable Long id) {
		return invoicing.get(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Change a draft",
			description = "Only while DRAFT (else 422). Send the version you read: 409 when it is stale.")
	InvoiceView update(@PathVariable Long id, @RequestBody InvoiceRequestBody body) {
		return invoicing.update(id, body.version(), body.toData());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Delete a draft", description = "Only while DRAFT (else 422); an issued invoice is never deleted.")
	ResponseEntity<Void> delete(@PathVariable Long id, @RequestParam(required = false) Long version) {
		invoicing.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/check")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The pre-check's findings",
			description = "TYPE_MISMATCH, PRICE_MISMATCH, QUANTITY_EXCEEDS_DELIVERED, MISSING_BILLING_DATA (blocking), "
					+ "CREDIT_LIMIT_EXCEEDED, DUPLICATE_SUSPECTED (warnings).")
	List<FindingMessages.FindingResponse> check(@PathVariable Long id) {
		return findings.of(invoicing.check(id));
	}

	@PostMapping("/{id}/issue")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Issue a draft",
			description = "Numbers it in its series for the issue year and freezes it. 422 with `findings` when blocking "
					+ "findings remain that no granted override covers, or when the date is before the series' last.")
	InvoiceView issue(@PathVariable Long id) {
		return invoicing.issue(id);
	}

	@PostMapping("/{id}/override")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Ask to issue despite the price and quantity findings",
			description = "Opens a four-eyes approval request with the reason; someone else decides it.")
	ApprovalView requestOverride(@PathVariable Long id, @RequestBody ReasonBody body) {
		return invoicing.requestOverride(id, body.reason());
	}

	@PostMapping("/{id}/rectify")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Draft a rectifying invoice of an issued one",
			description = "In a rectifying series, for the lines given ({lineId, quantity} of the original) or all not yet rectified.")
	ResponseEntity<InvoiceView> rectify(@PathVariable Long id, @RequestBody RectificationData body) {
		InvoiceView created = invoicing.rectify(id, body);
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + created.id())).body(created);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Cancel an invoice issued in error",
			description = "Only while never sent and not rectified; writes the VERI*FACTU registro de anulación.")
	InvoiceView cancel(@PathVariable Long id, @RequestBody ReasonBody body) {
		return invoicing.cancel(id, body.reason());
	}

	@GetMapping("/{id}/pdf")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The issued invoice as a PDF")
	ResponseEntity<Resource> pdf(@PathVariable Long id) {
		return PdfDownloads.of(invoicing.pdf(id));
	}

	@PostMapping("/{id}/send")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "E-mail the issued invoice's PDF to the customer's invoice address")
	InvoiceView send(@PathVariable Long id) {
		return invoicing.send(id).invoice();
	}

	@GetMapping("/{id}/history")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "Everything recorded about the invoice")
	List<AuditEntryView> history(@PathVariable Long id) {
		return invoicing.history(id);
	}

	/** Issuing refused by the pre-check: 422 with every finding. */
	@ExceptionHandler(InvoiceBlocked.class)
	ProblemDetail blocked(InvoiceBlocked blocked) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(blocked.messageKey(), blocked.arguments(), LocaleContextHolder.getLocale()));
		problem.setProperty("findings", findings.of(blocked.findings()));
		return problem;
	}
}
