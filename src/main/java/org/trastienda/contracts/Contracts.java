package org.trastienda.contracts;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.Changes;
import org.trastienda.documents.OpenedFile;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.documents.Spreadsheets;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * Sales and purchase contracts as the signed-in user sees them: every read applies their data
 * scope (a contract outside it answers {@link NotFoundException}), every write their rights
 * (refused with {@link org.springframework.security.access.AccessDeniedException}) and the status
 * machine (refused with {@link org.trastienda.shared.BusinessRuleException}), every change goes
 * to the audit trail under the contract and on its party's timeline. Invalid input raises
 * {@link InvalidInputException} with the API's field paths ({@code lines[0].quantity}).
 */
@Service
@Transactional
public class Contracts {

	private final UserDirectory directory;

	private final ContractRepository contracts;

	private final ScopedContracts scoped;

	private final ContractQueries queries;

	private final ContractEditor editor;

	private final ContractNumbers numbers;

	private final ContractAudit audit;

	private final ContractApprovals approvals;

	private final Amendments amendments;

	private final RequiredDocuments documents;

	private final ContractAttachments attachments;

	private final List<ExecutionProgress> execution;

	private final Spreadsheets spreadsheets;

	private final TransactionTemplate readOnly;

	private final ApplicationEventPublisher events;

	private final ContractProperties properties;

	private final Clock clock;

	Contracts(UserDirectory directory, ContractRepository contracts, ScopedContracts scoped, ContractQueries queries,
			ContractEditor editor, ContractNumbers numbers, ContractAudit audit, ContractApprovals approvals,
			Amendments amendments, RequiredDocuments documents, ContractAttachments attachments,
			List<ExecutionProgress> execution, Spreadsheets spreadsheets, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, ContractProperties properties, Clock clock) {
		this.directory = directory;
		this.contracts = contracts;
		this.scoped = scoped;
		this.queries = queries;
		this.editor = editor;
		this.numbers = numbers;
		this.audit = audit;
		this.approvals = approvals;
		this.amendments = amendments;
		this.documents = documents;
		this.attachments = attachments;
		this.execution = execution;
		this.spreadsheets = spreadsheets;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The columns a list may be sorted by (API field names). */
	public static List<String> sortableColumns() {
		return List.copyOf(ContractQueries.SORTABLE.keySet());
	}

	/** Contracts in the caller's scope matching the filter, with their lines; sort by {@link #sortableColumns()}. */
	@Transactional(readOnly = true)
	public Page<ContractView> search(ContractFilter filter, Pageable pageable) {
		return queries.search(user().scope(), filter == null ? ContractFilter.none() : filter, pageable);
	}

	/**
	 * One contract with its lines: in the signed-in user's scope, or any contract when nobody is
	 * signed in (jobs and event listeners acting for the system).
	 */
	@Transactional(readOnly = true)
	public ContractView get(Long id) {
		DataScope scope = directory.current().map(CurrentUser::scope).orElse(DataScope.all());
		return queries.find(scope, id).orElseThrow(() -> ScopedContracts.notFound(id));
	}

	/** What the caller may do to a contract they can see. */
	@Transactional(readOnly = true)
	public ContractAccess accessTo(Long id) {
		CurrentUser user = user();
		return ContractPolicy.accessTo(user, scoped.require(user, id), amendments.pendingFor(id));
	}

	/** Whether the caller may draft contracts (sales reps, back office, admin). */
	public boolean mayCreate() {
		return ContractPolicy.mayCreate(user());
	}

	/**
	 * Drafts a contract and gives it the next number of its kind and year. The party must be a
	 * customer or distributor (sale) or a supplier or distributor (purchase) the caller can see.
	 */
	public ContractView create(ContractData data) {
		CurrentUser user = user();
		ContractPolicy.require(ContractPolicy.mayCreate(user));
		ContractEditor.Draft draft = editor.draft(user, data, null);
		throwIfAny(draft);
		Instant now = clock.instant();
		String number = numbers.next(draft.data().kind(), today().getYear());
		Contract contract = contracts.saveAndFlush(editor.create(draft, number, user, now));
		audit.recordAll(List.of(editor.created(contract, draft, user.username())));
		return get(contract.getId());
	}

	/**
	 * Replaces a draft's (or rejected contract's) data and lines, if {@code version} is the one
	 * stored (else 409). Lines with an {@code id} change that line, others are added, lines left
	 * out are removed. Absent owner, region and currency keep their values.
	 */
	public ContractView update(Long id, Long version, ContractData data) {
		CurrentUser user = user();
		Contract contract = scoped.require(user, id);
		ContractPolicy.require(ContractPolicy.isWriter(user, contract));
		Versions.requireCurrent(version, contract.getVersion());
		Lifecycle.require(contract.getStatus(), ContractAction.EDIT);
		ContractEditor.Draft draft = editor.draft(user, data, contract);
		throwIfAny(draft);
		List<AuditRecord> trail = new ArrayList<>(editor.update(contract, draft, user, clock.instant()));
		contracts.flush();
		audit.recordAll(trail);
		return get(id);
	}

	/**
	 * Sends a draft (or rejected contract) for approval: it needs its dates, signature date and at
	 * least one line. An approval request for its gross amount and region is opened; the contract
	 * becomes active when it is approved, and returns to its author when it is rejected.
	 */
	public ContractView submit(Long id) {
		CurrentUser user = user();
		Contract contract = scoped.requireLocked(user, id);
		ContractPolicy.require(ContractPolicy.isWriter(user, contract));
		Lifecycle.require(contract.getStatus(), ContractAction.SUBMIT);
		requireComplete(contract);
		ContractStatus before = contract.getStatus();
		Instant now = clock.instant();
		contract.submit(now);
		contract.touch(now, user.username());
		contracts.flush();
		approvals.requestActivation(contract);
		audit.record(contract, "SUBMITTED", null, user.username(),
				new Changes().field("status", before, contract.getStatus()).field("grossTotal", null,
						contract.getGrossTotal()));
		return get(id);
	}

	/**
	 * Cancels a contract with a reason: a draft, rejected or pending one by its writers (a pending
	 * one only by the author, who withdraws the approval request), an active one by the back office
	 * while nothing of it has been executed and no amendment is pending.
	 *
	 * @throws InvalidInputException on {@code reason} when there is none
	 */
	public ContractView cancel(Long id, String reason) {
		CurrentUser user = user();
		String why = Texts.clean(reason);
		new Checks().text("reason", why, 2000, true).throwIfAny();
		Contract contract = scoped.requireLocked(user, id);
		ContractPolicy.require(contract.getStatus() == ContractStatus.ACTIVE ? ContractPolicy.isBackOffice(user)
				: ContractPolicy.isWriter(user, contract));
		Lifecycle.require(contract.getStatus(), ContractAction.CANCEL);
		if (contract.getStatus() == ContractStatus.ACTIVE) {
			if (execution.stream().anyMatch(progress -> progress.hasStarted(id))) {
				throw new BusinessRuleException("contracts.error.executionStarted", contract.getNumber());
			}
			requireNoPendingAmendment(contract);
		}
		if (contract.getStatus() == ContractStatus.PENDING_APPROVAL) {
			withdrawApproval(contract, user);
		}
		ContractStatus before = contract.getStatus();
		Instant now = clock.instant();
		contract.cancel(why, now);
		contract.touch(now, user.username());
		audit.record(contract, "CANCELLED", null, user.username(),
				new Changes().field("status", before, contract.getStatus()).field("reason", null, why));
		events.publishEvent(new ContractCancelled(id));
		return reload(id);
	}

	/** Marks an active contract completed (back office), once no amendment is pending. */
	public ContractView complete(Long id) {
		CurrentUser user = user();
		Contract contract = scoped.requireLocked(user, id);
		ContractPolicy.require(ContractPolicy.isBackOffice(user));
		Lifecycle.require(contract.getStatus(), ContractAction.COMPLETE);
		requireNoPendingAmendment(contract);
		Instant now = clock.instant();
		contract.complete(now);
		contract.touch(now, user.username());
		audit.record(contract, "COMPLETED", null, user.username(),
				new Changes().field("status", ContractStatus.ACTIVE, contract.getStatus()));
		events.publishEvent(new ContractCompleted(id));
		return reload(id);
	}

	/** The contract's activation requests, newest first: who decided, when, with what comment. */
	@Transactional(readOnly = true)
	public List<ApprovalView> approvalHistory(Long id) {
		scoped.require(user(), id);
		return approvals.activationHistory(id);
	}

	/** Everything recorded about the contract, its lines, amendments, documents and files, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(Long id) {
		scoped.require(user(), id);
		return audit.history(id);
	}

	/**
	 * The filtered list in the caller's scope as a spreadsheet, written when
	 * {@link ContractExport#writeTo} is called; {@code sort} by {@link #sortableColumns()}.
	 */
	@Transactional(readOnly = true)
	public ContractExport export(ContractFilter filter, Sort sort, SpreadsheetFormat format) {
		return new ContractExport(queries, spreadsheets, readOnly, user().scope(),
				filter == null ? ContractFilter.none() : filter, sort, format, today());
	}

	/** The contract's amendments, newest first. */
	@Transactional(readOnly = true)
	public List<AmendmentView> amendments(Long id) {
		return amendments.list(user(), id);
	}

	@Transactional(readOnly = true)
	public AmendmentView amendment(Long id, Long amendmentId) {
		return amendments.get(user(), id, amendmentId);
	}

	/**
	 * Proposes a change to an active contract and sends it for approval at once; approved, it
	 * becomes the contract's next version. One amendment at a time; one that changes nothing is refused.
	 */
	public AmendmentView requestAmendment(Long id, AmendmentData data) {
		return amendments.request(user(), id, data, clock.instant());
	}

	/** The approval requests of an amendment, newest first. */
	@Transactional(readOnly = true)
	public List<ApprovalView> amendmentApprovals(Long id, Long amendmentId) {
		AmendmentView amendment = amendments.get(user(), id, amendmentId);
		return approvals.amendmentHistory(amendment.id());
	}

	/** Every approved version of the contract, newest first (none before activation). */
	@Transactional(readOnly = true)
	public List<ContractRevisionView> versions(Long id) {
		return amendments.versions(user(), id);
	}

	@Transactional(readOnly = true)
	public ContractRevisionView version(Long id, int revision) {
		return amendments.version(user(), id, revision);
	}

	/** The documents the contract obliges us to deliver. */
	@Transactional(readOnly = true)
	public List<ContractDocumentView> documents(Long id) {
		return documents.list(user(), id);
	}

	@Transactional(readOnly = true)
	public ContractDocumentView document(Long id, Long documentId) {
		return documents.get(user(), id, documentId);
	}

	/** Lists a document the contract obliges us to deliver (back office), PENDING. */
	public ContractDocumentView addDocument(Long id, ContractDocumentData data) {
		return documents.add(user(), id, data, clock.instant());
	}

	/** Changes a document at {@code version}; its status only moves on (RECEIVED needs the file). */
	public ContractDocumentView updateDocument(Long id, Long documentId, Long version, ContractDocumentData data) {
		return documents.update(user(), id, documentId, version, data, today());
	}

	/** Files the received document (checked by content, at most 20 MB): it becomes RECEIVED today. */
	public ContractDocumentView receiveDocument(Long id, Long documentId, String filename, long size,
			InputStream content) {
		return documents.receive(user(), id, documentId, filename, size, content, today());
	}

	@Transactional(readOnly = true)
	public OpenedFile openDocumentFile(Long id, Long documentId) {
		return documents.openFile(user(), id, documentId);
	}

	/** Removes a document still pending (back office). */
	public void removeDocument(Long id, Long documentId) {
		documents.remove(user(), id, documentId);
	}

	/** Files kept with the contract, newest first. */
	@Transactional(readOnly = true)
	public List<ContractAttachmentView> attachments(Long id) {
		return attachments.list(user(), id);
	}

	/** Files a document on the contract (its writers): PDF, images, office documents, checked by content. */
	public ContractAttachmentView attach(Long id, String filename, long size, InputStream content) {
		return attachments.add(user(), id, filename, size, content, clock.instant());
	}

	@Transactional(readOnly = true)
	public OpenedFile openAttachment(Long id, Long attachmentId) {
		return attachments.open(user(), id, attachmentId);
	}

	/** Removes a filed document (back office). */
	public void removeAttachment(Long id, Long attachmentId) {
		attachments.remove(user(), id, attachmentId);
	}

	private void requireComplete(Contract contract) {
		List<Object> missing = new ArrayList<>();
		if (contract.getSignedOn() == null) {
			missing.add(Labels.field("signedOn"));
		}
		if (contract.getStartsOn() == null) {
			missing.add(Labels.field("startsOn"));
		}
		if (contract.getEndsOn() == null) {
			missing.add(Labels.field("endsOn"));
		}
		if (contract.getLines().isEmpty()) {
			missing.add(Labels.field("lines"));
		}
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("contracts.error.incomplete", contract.getNumber(),
					Labels.of("contracts.list." + missing.size(), missing.toArray()));
		}
	}

	private void requireNoPendingAmendment(Contract contract) {
		if (amendments.pendingFor(contract.getId())) {
			throw new BusinessRuleException("contracts.error.amendment.pending", contract.getNumber());
		}
	}

	/** The author withdraws the pending request; anyone else is told to have it rejected instead. */
	private void withdrawApproval(Contract contract, CurrentUser user) {
		Optional<ApprovalView> pending = approvals.pendingActivation(contract.getId());
		if (pending.isPresent()) {
			if (!user.username().equals(pending.get().author())) {
				throw new BusinessRuleException("contracts.error.cancelPending", contract.getNumber(),
						pending.get().author());
			}
			approvals.withdraw(pending.get());
		}
	}

	/** The contract as the API shows it, read after this transaction's changes are written. */
	private ContractView reload(Long id) {
		contracts.flush();
		return get(id);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	private static void throwIfAny(ContractEditor.Draft draft) {
		if (!draft.errors().isEmpty()) {
			throw new InvalidInputException(draft.errors());
		}
	}

	private CurrentUser user() {
		return directory.requireCurrent();
	}
}
