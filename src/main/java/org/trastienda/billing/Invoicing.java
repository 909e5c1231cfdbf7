package org.trastienda.billing;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;

/**
 * Invoices as the signed-in user sees them: every read applies their data scope (an invoice outside
 * it answers {@link org.trastienda.shared.NotFoundException}), every write their rights (the back
 * office; {@link org.springframework.security.access.AccessDeniedException} otherwise) and the
 * invoice's state ({@link org.trastienda.shared.BusinessRuleException}, 422: an issued invoice never
 * changes). Invalid input raises {@link org.trastienda.shared.InvalidInputException} with the API's
 * field paths; a stale version answers 409. Every change goes to the audit trail.
 */
@Service
@Transactional
public class Invoicing {

	private final UserDirectory users;

	private final ScopedInvoices scoped;

	private final InvoiceQueries queries;

	private final InvoiceViews views;

	private final Drafts drafts;

	private final InvoiceChecks checks;

	private final Issuing issuing;

	private final Rectifications rectifications;

	private final Cancellations cancellations;

	private final Overrides overrides;

	private final InvoiceDocuments documents;

	private final InvoiceAudit audit;

	private final CustomerArchive customers;

	private final Approvals approvals;

	Invoicing(UserDirectory users, ScopedInvoices scoped, InvoiceQueries queries, InvoiceViews views, Drafts drafts,
			InvoiceChecks checks, Issuing issuing, Rectifications rectifications, Cancellations cancellations,
			Overrides overrides, InvoiceDocuments documents, InvoiceAudit audit, CustomerArchive customers,
			Approvals approvals) {
		this.users = users;
		this.scoped = scoped;
		this.queries = queries;
		this.views = views;
		this.drafts = drafts;
		this.checks = checks;
		this.issuing = issuing;
		this.rectifications = rectifications;
		this.cancellations = cancellations;
		this.overrides = overrides;
		this.documents = documents;
		this.audit = audit;
		this.customers = customers;
		this.approvals = approvals;
	}

	/** The properties lists may be sorted by (API field names). */
	public static List<String> sortableColumns() {
		return List.copyOf(InvoiceQueries.SORTABLE.keySet());
	}

	/** The entity property a sortable column orders by. */
	public static String sortProperty(String column) {
		return InvoiceQueries.SORTABLE.get(column);
	}

	/** Invoices in the caller's scope matching the filter, as the API shows them. */
	@Transactional(readOnly = true)
	public Page<InvoiceView> search(InvoiceFilter filter, Pageable pageable) {
		return queries.search(user().scope(), filter == null ? InvoiceFilter.none() : filter, pageable).map(views::view);
	}

	/** As {@link #search}, as lists show them. */
	@Transactional(readOnly = true)
	public Page<InvoiceSummary> list(InvoiceFilter filter, Pageable pageable) {
		return queries.search(user().scope(), filter == null ? InvoiceFilter.none() : filter, pageable)
			.map(views::summary);
	}

	@Transactional(readOnly = true)
	public InvoiceView get(Long id) {
		return views.view(scoped.require(user().scope(), id));
	}

	@Transactional(readOnly = true)
	public InvoiceDetail detail(Long id) {
		return views.detail(scoped.require(user().scope(), id));
	}

	/** What the caller may do to the invoice now. */
	@Transactional(readOnly = true)
	public InvoiceAccess accessTo(Long id) {
		CurrentUser user = user();
		Invoice invoice = scoped.require(user.scope(), id);
		boolean backOffice = BillingPolicy.isBackOffice(user);
		boolean draft = invoice.isDraft() && invoice.getOverrideStatus() != OverrideStatus.PENDING;
		boolean issued = invoice.getStatus() == InvoiceStatus.ISSUED;
		return new InvoiceAccess(backOffice && draft, backOffice && draft, backOffice && draft,
				backOffice && issued && !invoice.getType().isRectifying(), backOffice && issued, backOffice && issued);
	}

	/** Whether the caller prepares invoices (back office, administrator). */
	public boolean mayPrepare() {
		return BillingPolicy.isBackOffice(user());
	}

	/** Drafts an invoice on an active or completed sales contract (back office). */
	public InvoiceView create(InvoiceData data) {
		return views.view(drafts.create(user(), data));
	}

	/** Replaces a draft's terms and lines at {@code version}; a granted override is dropped. */
	public InvoiceView update(Long id, Long version, InvoiceData data) {
		return views.view(drafts.update(user(), id, version, data));
	}

	/** Deletes a draft; {@code version} may be null, else it must be the stored one. */
	public void delete(Long id, Long version) {
		drafts.delete(user(), id, version);
	}

	/** The pre-check's findings on the invoice as it stands. */
	@Transactional(readOnly = true)
	public List<Finding> check(Long id) {
		return checks.run(scoped.require(user().scope(), id));
	}

	/**
	 * Issues a draft: numbered in its series for the issue year, frozen, recorded in VERI*FACTU.
	 *
	 * @throws InvoiceBlocked when blocking findings remain that no granted override covers
	 */
	public InvoiceView issue(Long id) {
		return views.view(issuing.issue(user(), id));
	}

	/** Asks the four-eyes engine to allow issuing the draft despite its price and quantity findings. */
	public ApprovalView requestOverride(Long id, String reason) {
		return overrides.request(user(), id, reason);
	}

	/** The draft's override requests, newest first. */
	@Transactional(readOnly = true)
	public List<ApprovalView> overrideRequests(Long id) {
		scoped.require(user().scope(), id);
		return approvals.historyFor(Overrides.SUBJECT, id);
	}

	/** Drafts a rectifying invoice of an issued one, for all or part of it. */
	public InvoiceView rectify(Long id, RectificationData data) {
		return views.view(rectifications.rectify(user(), id, data));
	}

	/** Cancels an invoice issued in error (see {@link Cancellations} for when that is allowed). */
	public InvoiceView cancel(Long id, String reason) {
		return views.view(cancellations.cancel(user(), id, reason));
	}

	@Transactional(readOnly = true)
	public InvoicePdf pdf(Long id) {
		Invoice invoice = scoped.require(user().scope(), id);
		return documents.pdf(invoice, customers.get(invoice.getCustomerId()));
	}

	/** E-mails the issued invoice's PDF to the customer's invoice address (back office). */
	public InvoiceDetail send(Long id) {
		CurrentUser user = user();
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		Invoice invoice = scoped.require(user.scope(), id);
		documents.send(invoice, customers.get(invoice.getCustomerId()), user.username());
		return views.detail(invoice);
	}

	/** The invoices of a contract the caller can see, newest first. */
	@Transactional(readOnly = true)
	public List<InvoiceSummary> ofContract(Long contractId) {
		return list(new InvoiceFilter(null, null, null, contractId, null, null),
				PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "id"))).getContent();
	}

	/** Everything recorded about the invoice, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(Long id) {
		scoped.require(user().scope(), id);
		return audit.history(id);
	}

	private CurrentUser user() {
		return users.requireCurrent();
	}
}
