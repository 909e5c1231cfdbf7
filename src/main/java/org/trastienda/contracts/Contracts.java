package org.trastienda.contracts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditRecord;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.UserDirectory;
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

	private final ContractProperties properties;

	private final Clock clock;

	Contracts(UserDirectory directory, ContractRepository contracts, ScopedContracts scoped, ContractQueries queries,
			ContractEditor editor, ContractNumbers numbers, ContractAudit audit, ContractProperties properties,
			Clock clock) {
		this.directory = directory;
		this.contracts = contracts;
		this.scoped = scoped;
		this.queries = queries;
		this.editor = editor;
		this.numbers = numbers;
		this.audit = audit;
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
		return ContractPolicy.accessTo(user, scoped.require(user, id), false);
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

	/** Everything recorded about the contract, its lines, amendments, documents and files, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(Long id) {
		scoped.require(user(), id);
		return audit.history(id);
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
