package org.trastienda.customers;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditRecord;
import org.trastienda.documents.ImportReport;
import org.trastienda.documents.OpenedFile;
import org.trastienda.documents.SpreadsheetExport;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * The customer archive, as the signed-in user sees it: every read applies their data scope (a
 * record outside it answers {@link NotFoundException}), every write their rights (refused with
 * {@link org.springframework.security.access.AccessDeniedException}), every change goes to the
 * audit trail. Invalid input raises {@link InvalidInputException} with the API's field paths.
 */
@Service
@Transactional
public class CustomerArchive {

	/** The largest page a list answers; bigger requests get this size. */
	public static final int MAX_PAGE_SIZE = 200;

	private final UserDirectory directory;

	private final CustomerRepository customers;

	private final ScopedCustomers scoped;

	private final CustomerQueries queries;

	private final CustomerEditor editor;

	private final CustomerCodes codes;

	private final Contacts contacts;

	private final Certificates certificates;

	private final Notes notes;

	private final Timeline timeline;

	private final Attachments attachments;

	private final CustomerImport importer;

	private final CustomerExports exports;

	private final ExpiryPolicy expiry;

	private final CustomerAudit audit;

	CustomerArchive(UserDirectory directory, CustomerRepository customers, ScopedCustomers scoped,
			CustomerQueries queries, CustomerEditor editor, CustomerCodes codes, Contacts contacts,
			Certificates certificates, Notes notes, Timeline timeline, Attachments attachments, CustomerImport importer,
			CustomerExports exports, ExpiryPolicy expiry, CustomerAudit audit) {
		this.directory = directory;
		this.customers = customers;
		this.scoped = scoped;
		this.queries = queries;
		this.editor = editor;
		this.codes = codes;
		this.contacts = contacts;
		this.certificates = certificates;
		this.notes = notes;
		this.timeline = timeline;
		this.attachments = attachments;
		this.importer = importer;
		this.exports = exports;
		this.audit = audit;
		this.expiry = expiry;
	}

	/** The columns a list may be sorted by (API field names). */
	public static List<String> sortableColumns() {
		return List.copyOf(CustomerQueries.SORTABLE.keySet());
	}

	/** Customers in the caller's scope matching the filter; sort by any of {@link #sortableColumns()}. */
	@Transactional(readOnly = true)
	public Page<CustomerView> search(CustomerFilter filter, Pageable pageable) {
		Pageable page = pageable.getPageSize() > MAX_PAGE_SIZE
				? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort()) : pageable;
		return queries.search(user().scope(), filter == null ? CustomerFilter.none() : filter, page);
	}

	/** One customer in the caller's scope. */
	@Transactional(readOnly = true)
	public CustomerView get(Long id) {
		return queries.find(user().scope(), id).orElseThrow(() -> new NotFoundException("customer", id));
	}

	/** What the caller may change on a customer they can see. */
	@Transactional(readOnly = true)
	public CustomerAccess accessTo(Long customerId) {
		CurrentUser user = user();
		return WritePolicy.accessTo(user, scoped.require(user, customerId).getOwnerId());
	}

	/** Whether the archive holds no customer at all, whoever asks: the demo company seeds only an empty archive. */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return customers.count() == 0;
	}

	/** Whether the caller may create customers. */
	public boolean mayCreate() {
		return WritePolicy.mayCreate(user());
	}

	/** Whether the caller may delete attachments (back office, admin). */
	public boolean mayDeleteAttachments() {
		return WritePolicy.mayDeleteAttachments(user());
	}

	/**
	 * Registers a customer with the next code. The owner defaults to (and for a sales rep is) the
	 * caller; the region defaults to the owner's. A tax id already registered answers 409 naming
	 * that customer.
	 */
	public CustomerView create(CustomerData data) {
		CurrentUser user = user();
		WritePolicy.requireCreate(user);
		CustomerEditor.Draft draft = editor.draft(user, data, null, new OwnersAndRegions(directory));
		new FieldChecks().add(draft.errors()).throwIfAny();
		requireUniqueTaxId(draft.data().taxId(), null);
		List<AuditRecord> trail = new ArrayList<>();
		Customer customer = editor.create(draft, codes.next(), user, trail);
		customers.flush();
		audit.recordAll(trail);
		return get(customer.getId());
	}

	/**
	 * Replaces a customer's data, if {@code version} is the one stored (else 409). Absent kind,
	 * status, owner and region keep their values. Finance may change the billing data only.
	 */
	public CustomerView update(Long id, Long version, CustomerData data) {
		CurrentUser user = user();
		Customer customer = scoped.require(user, id);
		CustomerAccess access = WritePolicy.accessTo(user, customer.getOwnerId());
		WritePolicy.require(access.mayEdit());
		Versions.requireCurrent(version, customer.getVersion());
		OwnersAndRegions people = new OwnersAndRegions(directory);
		CustomerData before = customer.toData(people.username(customer.getOwnerId()),
				people.regionCode(customer.getRegionId()));
		CustomerEditor.Draft draft = editor.draft(user, data, before, people);
		new FieldChecks().add(draft.errors()).throwIfAny();
		WritePolicy.require(access.mayEditAll() || !CustomerField.differOutsideBilling(before, draft.data()));
		requireUniqueTaxId(draft.data().taxId(), id);
		List<AuditRecord> trail = new ArrayList<>();
		editor.update(customer, before, draft, user, trail);
		customers.flush();
		audit.recordAll(trail);
		return get(id);
	}

	/** Replaces only the billing data (what finance edits). */
	public CustomerView updateBilling(Long id, Long version, BillingData billing) {
		return update(id, version, CustomerField.withBilling(CustomerField.dataOf(get(id)), billing));
	}

	/** Archives a customer: it stays, with its history, but leaves the active lists. Never deletes. */
	public CustomerView archive(Long id) {
		CurrentUser user = user();
		Customer customer = scoped.requireFullAccess(user, id);
		if (customer.getStatus() != CustomerStatus.ARCHIVED) {
			OwnersAndRegions people = new OwnersAndRegions(directory);
			CustomerData before = customer.toData(people.username(customer.getOwnerId()),
					people.regionCode(customer.getRegionId()));
			CustomerData archived = CustomerField.dataOf(withStatus(before, CustomerStatus.ARCHIVED));
			List<AuditRecord> trail = new ArrayList<>();
			editor.update(customer, before,
					new CustomerEditor.Draft(archived, customer.getOwnerId(), customer.getRegionId(), List.of()), user,
					trail);
			customers.flush();
			audit.recordAll(trail);
		}
		return get(id);
	}

	/**
	 * Imports customers from a CSV or XLSX file (back office and admin): checks every row and
	 * reports every bad one; unless it is a dry run and only when no row is bad, writes them all
	 * (new tax ids create customers, known ones update them where something differs).
	 */
	public ImportReport importCustomers(InputStream content, boolean dryRun) {
		return importer.run(user(), content, dryRun);
	}

	/**
	 * The filtered list in the caller's scope as a spreadsheet, checked now (sort columns) and
	 * written when {@link SpreadsheetExport#writeTo} is called.
	 */
	@Transactional(readOnly = true)
	public SpreadsheetExport export(CustomerFilter filter, Sort sort, SpreadsheetFormat format) {
		return exports.prepare(user().scope(), filter == null ? CustomerFilter.none() : filter, sort, format);
	}

	/** Every recorded change of the customer and its sub-records, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(Long customerId, int limit) {
		return timeline.history(user(), customerId, limit);
	}

	/** Notes and recorded changes about the customer, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(Long customerId, int limit) {
		return timeline.timeline(user(), customerId, limit);
	}

	@Transactional(readOnly = true)
	public List<ContactView> contacts(Long customerId) {
		return contacts.list(user(), customerId);
	}

	@Transactional(readOnly = true)
	public ContactView contact(Long customerId, Long contactId) {
		return contacts.get(user(), customerId, contactId);
	}

	/** Adds a contact; the first one, or one marked primary, becomes the primary contact. */
	public ContactView addContact(Long customerId, ContactData data) {
		return contacts.add(user(), customerId, data);
	}

	/** Changes a contact at {@code version}; removing the primary flag from the primary contact is refused (422). */
	public ContactView updateContact(Long customerId, Long contactId, Long version, ContactData data) {
		return contacts.update(user(), customerId, contactId, version, data);
	}

	/** Removes a contact; if it was primary, the oldest remaining contact becomes primary. */
	public void removeContact(Long customerId, Long contactId) {
		contacts.remove(user(), customerId, contactId);
	}

	@Transactional(readOnly = true)
	public List<CertificateView> certificates(Long customerId) {
		return certificates.list(user(), customerId);
	}

	@Transactional(readOnly = true)
	public CertificateView certificate(Long customerId, Long certificateId) {
		return certificates.get(user(), customerId, certificateId);
	}

	public CertificateView addCertificate(Long customerId, CertificateData data) {
		return certificates.add(user(), customerId, data);
	}

	/** Changes a certificate at {@code version}; a new expiry date re-arms the expiry warning. */
	public CertificateView updateCertificate(Long customerId, Long certificateId, Long version,
			CertificateData data) {
		return certificates.update(user(), customerId, certificateId, version, data);
	}

	public void removeCertificate(Long customerId, Long certificateId) {
		certificates.remove(user(), customerId, certificateId);
	}

	/** Certificates in the caller's scope expiring within the warning threshold, soonest first. */
	@Transactional(readOnly = true)
	public List<ExpiringCertificate> expiringCertificates(int limit) {
		return queries.certificatesExpiring(user().scope(), expiry.today(), expiry.warningHorizon(), limit, expiry);
	}

	/** The warning threshold in days ({@code trastienda.certificates.expiry-days}). */
	public int expiryWarningDays() {
		return expiry.thresholdDays();
	}

	/** Stores a scan of the certificate (checked by content, at most 20 MB), replacing any earlier one. */
	public CertificateView attachCertificateScan(Long customerId, Long certificateId, String filename, long size,
			InputStream content) {
		return certificates.attachScan(user(), customerId, certificateId, filename, size, content);
	}

	/** The certificate's scan, for download. */
	@Transactional(readOnly = true)
	public OpenedFile openCertificateScan(Long customerId, Long certificateId) {
		return certificates.openScan(user(), customerId, certificateId);
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(Long customerId) {
		return attachments.list(user(), customerId);
	}

	/**
	 * Files a document on the customer: PDF, images, office documents, CSV or text, told by its
	 * content, at most 20 MB (else {@link org.trastienda.shared.PayloadTooLargeException}).
	 */
	public AttachmentView attach(Long customerId, String filename, long size, InputStream content) {
		return attachments.add(user(), customerId, filename, size, content);
	}

	@Transactional(readOnly = true)
	public AttachmentView attachment(Long attachmentId) {
		return attachments.get(user(), attachmentId);
	}

	/** An attachment's content, for download. */
	@Transactional(readOnly = true)
	public OpenedFile openAttachment(Long attachmentId) {
		return attachments.open(user(), attachmentId);
	}

	/** Removes an attachment (back office and admin only). */
	public void removeAttachment(Long attachmentId) {
		attachments.remove(user(), attachmentId);
	}

	@Transactional(readOnly = true)
	public Page<NoteView> notes(Long customerId, Pageable pageable) {
		return notes.list(user(), customerId, pageable);
	}

	public NoteView addNote(Long customerId, String body) {
		return notes.add(user(), customerId, body);
	}

	private void requireUniqueTaxId(String taxId, Long exceptId) {
		customers.findByTaxId(taxId)
			.filter(existing -> !existing.getId().equals(exceptId))
			.ifPresent(existing -> {
				throw new ConflictException("taxId", "customers.error.taxId.duplicate", existing.getCode(),
						existing.getLegalName());
			});
	}

	private static java.util.Map<CustomerField, Object> withStatus(CustomerData data, CustomerStatus status) {
		var values = CustomerField.valuesOf(data);
		values.put(CustomerField.STATUS, status);
		return values;
	}

	private CurrentUser user() {
		return directory.requireCurrent();
	}
}
