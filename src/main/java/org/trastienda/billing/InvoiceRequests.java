package org.trastienda.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.ContractView;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * Requests for invoices: a sales rep asks on his contracts (the back office on any), and sees his
 * requests as they move; the back office reserves one (a clerk and the day it expects to invoice),
 * prepares the draft from it ({@link InvoiceData#requestId}) and issues it, which marks the request
 * INVOICED; or rejects it with a reason. Reads apply the data scope of the request's contract.
 */
@Service
@Transactional
public class InvoiceRequests {

	private final InvoiceRequestRepository requests;

	private final InvoiceableContracts contracts;

	private final RequestLinks links;

	private final UserDirectory users;

	private final BillingClock clock;

	InvoiceRequests(InvoiceRequestRepository requests, InvoiceableContracts contracts, RequestLinks links,
			UserDirectory users, BillingClock clock) {
		this.requests = requests;
		this.contracts = contracts;
		this.links = links;
		this.users = users;
		this.clock = clock;
	}

	/** The requests in the caller's scope matching the filter, newest first. */
	@Transactional(readOnly = true)
	public Page<InvoiceRequestView> search(InvoiceRequestFilter filter, Pageable pageable) {
		DataScope scope = user().scope();
		InvoiceRequestFilter wanted = filter == null ? InvoiceRequestFilter.none() : filter;
		Specification<InvoiceRequest> matching = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			switch (scope.kind()) {
				case REGION -> where.add(cb.equal(root.get("regionId"), scope.regionId()));
				case OWNER -> where.add(cb.equal(root.get("ownerId"), scope.ownerId()));
				default -> {
					// every request
				}
			}
			if (wanted.status() != null) {
				where.add(cb.equal(root.get("status"), wanted.status()));
			}
			if (wanted.contractId() != null) {
				where.add(cb.equal(root.get("contractId"), wanted.contractId()));
			}
			if (wanted.assignedTo() != null && !wanted.assignedTo().isBlank()) {
				where.add(cb.equal(root.get("assignedTo"), wanted.assignedTo().strip()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
		return requests.findAll(matching, newestFirst).map(InvoiceRequest::toView);
	}

	@Transactional(readOnly = true)
	public InvoiceRequestView get(Long id) {
		return require(user(), id).toView();
	}

	/** Whether the caller may ask for invoices (sales reps on their contracts, the back office). */
	public boolean mayRequest() {
		return BillingPolicy.mayRequest(user());
	}

	/** Whether the caller handles requests (back office, administrator). */
	public boolean mayHandle() {
		return BillingPolicy.isBackOffice(user());
	}

	/** Asks for an invoice on a sales contract the caller can see. */
	public InvoiceRequestView create(InvoiceRequestData data) {
		CurrentUser user = user();
		BillingPolicy.require(BillingPolicy.mayRequest(user));
		String note = Checks.clean(data.note());
		new Checks().required("contractId", data.contractId()).text("note", note, 2000, true).throwIfAny();
		ContractView contract = contracts.require(data.contractId());
		InvoiceRequest request = requests.saveAndFlush(
				new InvoiceRequest(contracts.header(contract), note, user.username(), clock.now()));
		links.record(request, "REQUESTED", user.username(), new Changes().created("note", note));
		return request.toView();
	}

	/**
	 * The back office takes the request on: the clerk (a back-office user; the caller when null) and the
	 * day they expect to invoice (not in the past). A reserved request may be reserved again.
	 */
	public InvoiceRequestView reserve(Long id, Long version, String assignedTo, LocalDate expectedOn) {
		CurrentUser user = user();
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		InvoiceRequest request = require(user, id);
		if (version != null) {
			Versions.requireCurrent(version, request.getVersion());
		}
		requireOpen(request);
		String clerk = Checks.clean(assignedTo) == null ? user.username() : assignedTo.strip();
		Checks checks = new Checks().required("expectedOn", expectedOn);
		if (expectedOn != null && expectedOn.isBefore(clock.today())) {
			checks.reject("expectedOn", "billing.error.past");
		}
		if (users.findByUsername(clerk).filter(InvoiceRequests::isClerk).isEmpty()) {
			checks.reject("assignedTo", "billing.error.clerk");
		}
		checks.throwIfAny();
		InvoiceRequestView before = request.toView();
		Instant now = clock.now();
		request.reserve(clerk, expectedOn, user.username(), now);
		requests.flush();
		links.record(request, "RESERVED", user.username(), new Changes().field("status", before.status(),
				request.getStatus()).field("assignedTo", before.assignedTo(), clerk)
			.field("expectedOn", before.expectedOn(), expectedOn));
		return request.toView();
	}

	/** The back office turns the request down with a reason, while no draft has been prepared for it. */
	public InvoiceRequestView reject(Long id, Long version, String reason) {
		CurrentUser user = user();
		BillingPolicy.require(BillingPolicy.isBackOffice(user));
		String why = Checks.clean(reason);
		new Checks().text("reason", why, 2000, true).throwIfAny();
		InvoiceRequest request = require(user, id);
		if (version != null) {
			Versions.requireCurrent(version, request.getVersion());
		}
		requireOpen(request);
		if (request.getInvoiceId() != null) {
			throw new BusinessRuleException("billing.request.hasDraft", request.getId());
		}
		InvoiceRequestStatus before = request.getStatus();
		request.reject(why, user.username(), clock.now());
		requests.flush();
		links.record(request, "REJECTED", user.username(),
				new Changes().field("status", before, request.getStatus()).field("reason", null, why));
		return request.toView();
	}

	/** The requests of a contract the caller can see, newest first. */
	@Transactional(readOnly = true)
	public List<InvoiceRequestView> ofContract(Long contractId) {
		DataScope scope = user().scope();
		return requests.findByContractIdOrderByIdDesc(contractId).stream()
			.filter(request -> scope.allows(request.getRegionId(), request.getOwnerId()))
			.map(InvoiceRequest::toView)
			.toList();
	}

	/** Back-office users a request can be assigned to. */
	@Transactional(readOnly = true)
	public List<UserSummary> clerks() {
		return users.withRole(Role.BACK_OFFICE, null);
	}

	private static boolean isClerk(UserSummary user) {
		return user.roles().contains(Role.BACK_OFFICE) || user.roles().contains(Role.ADMIN);
	}

	private static void requireOpen(InvoiceRequest request) {
		if (request.getStatus() == InvoiceRequestStatus.INVOICED || request.getStatus() == InvoiceRequestStatus.REJECTED) {
			throw new BusinessRuleException("billing.request.closed", request.getId());
		}
	}

	private InvoiceRequest require(CurrentUser user, Long id) {
		return requests.findById(id)
			.filter(request -> user.scope().allows(request.getRegionId(), request.getOwnerId()))
			.orElseThrow(() -> new NotFoundException("invoiceRequest", id));
	}

	private CurrentUser user() {
		return users.requireCurrent();
	}
}
