package org.trastienda.approvals;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;

/**
 * Approval of subjects other modules own, by people other than their authors. A module asks with
 * {@link #request}; deciders approve or reject through the inbox or the API; the module hears the
 * outcome from {@link ApprovalGranted} or {@link ApprovalRejected}.
 *
 * <p>The outcome event is published with {@link ApplicationEventPublisher} inside the deciding
 * transaction, and the subject's module reacts in a synchronous {@code @EventListener}: a contract
 * becomes active (or returns to draft) in the same commit as the approval, so neither can exist
 * without the other, and when the subject refuses the change (it is no longer in a state to be
 * activated) the decision rolls back with it and the decider sees why.
 *
 * <p>Refusals: a request outside the user's sight is absent (404); one no longer pending, or decided
 * by someone else at the same moment, is a conflict (409); the four-eyes rule and the rule's roles
 * and region are business rules of the request (422); a rejection without a comment is invalid input
 * on {@code comment} (400). Reads and writes {@code approval_request}, {@code approval_request_role}
 * and {@code approval_decision}.
 */
@Service
public class Approvals {

	static final String AUDIT_TYPE = "ApprovalRequest";

	/** The properties a list of requests may be sorted by. */
	public static final Set<String> SORTABLE = ApprovalQueries.SORTABLE.keySet();

	private static final int MAX_COMMENT = 2000;

	private final ApprovalRequestRepository requests;

	private final ApprovalRules rules;

	private final ApprovalQueries queries;

	private final ApproverNotifications notifications;

	private final UserDirectory users;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Approvals(ApprovalRequestRepository requests, ApprovalRules rules, ApprovalQueries queries,
			ApproverNotifications notifications, UserDirectory users, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.rules = rules;
		this.queries = queries;
		this.notifications = notifications;
		this.users = users;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a request for the subject under the tier of its type's rule that fits its amount (frozen
	 * from now on) and e-mails everyone who may decide it, all in the caller's transaction.
	 *
	 * @throws BusinessRuleException when the subject already has a pending request
	 */
	@Transactional
	public ApprovalView request(ApprovalSubject subject) {
		if (requests.findByOpenSubjectKey(ApprovalRequest.openKey(subject.type(), subject.id())).isPresent()) {
			throw new BusinessRuleException("approvals.request.alreadyOpen", subject.reference());
		}
		ApprovalRuleView rule = rules.forSubjectType(subject.type());
		ApprovalTier tier = rule.tierFor(subject.amount(), subject.currency());
		ApprovalRequest request = requests.saveAndFlush(new ApprovalRequest(subject, rule, tier, clock.instant()));
		audit.record(AUDIT_TYPE, request.getId(), null, "REQUEST", subject.reference() + ": " + subject.summary(),
				subject.author(),
				new Changes().created("subject", subject.type() + " " + subject.id())
					.created("amount", subject.amount() == null ? null : subject.amount() + " " + subject.currency())
					.created("approvalsRequired", tier.approvalsRequired())
					.created("roles", tier.roles())
					.list());
		notifications.announce(request);
		return view(request);
	}

	/**
	 * Approves the request as the signed-in user; the last approval the rule requires closes it and
	 * publishes {@link ApprovalGranted} in this transaction.
	 *
	 * @param comment optional
	 */
	@Transactional
	public ApprovalView approve(long requestId, String comment) {
		return decide(requestId, DecisionOutcome.APPROVE, checkedComment(comment, false));
	}

	/**
	 * Rejects the request as the signed-in user, which closes it and publishes {@link ApprovalRejected}
	 * in this transaction.
	 *
	 * @throws InvalidInputException on {@code comment} when there is none: a rejection says why
	 */
	@Transactional
	public ApprovalView reject(long requestId, String comment) {
		return decide(requestId, DecisionOutcome.REJECT, checkedComment(comment, true));
	}

	/**
	 * Withdraws a pending request as the signed-in user, who must be its author (the subject was
	 * sent back to draft, say). No event: the subject's module is the one withdrawing.
	 */
	@Transactional
	public ApprovalView withdraw(long requestId) {
		CurrentUser user = users.requireCurrent();
		ApprovalRequest request = lockVisible(requestId, user);
		requirePending(request);
		if (!user.username().equals(request.getAuthorUsername())) {
			throw new BusinessRuleException("approvals.withdraw.notAuthor", request.getSubjectReference());
		}
		request.withdraw(clock.instant());
		requests.flush();
		recordStatusChange(request, "WITHDRAW", user.username(), null);
		return view(request);
	}

	/** The subject's pending request, if it has one. Applies no data scope: the subject's module has. */
	@Transactional(readOnly = true)
	public Optional<ApprovalView> openRequestFor(String subjectType, long subjectId) {
		return requests.findByOpenSubjectKey(ApprovalRequest.openKey(subjectType, subjectId)).map(this::view);
	}

	/** Every request ever made for the subject, newest first. Applies no data scope: the subject's module has. */
	@Transactional(readOnly = true)
	public List<ApprovalView> historyFor(String subjectType, long subjectId) {
		return requests.findBySubjectTypeAndSubjectIdOrderByRequestedAtDescIdDesc(subjectType, subjectId).stream()
			.map(this::view)
			.toList();
	}

	/** A request the signed-in user may see. */
	@Transactional(readOnly = true)
	public ApprovalView get(long requestId) {
		CurrentUser user = users.requireCurrent();
		return requests.findById(requestId)
			.filter(request -> queries.isVisible(requestId, user))
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("ApprovalRequest", requestId));
	}

	/** A page of the requests the signed-in user may see, filtered. */
	@Transactional(readOnly = true)
	public Page<ApprovalSummary> search(ApprovalFilter filter, Pageable pageable) {
		return queries.search(filter, users.requireCurrent(), pageable);
	}

	/** The subject types of the requests the signed-in user may see. */
	@Transactional(readOnly = true)
	public List<String> subjectTypes() {
		return queries.subjectTypes(users.requireCurrent());
	}

	/** How many requests the user may decide now: the count in the navigation bar. */
	@Transactional(readOnly = true)
	public long countDecidableBy(CurrentUser user) {
		return queries.countDecidable(user);
	}

	private ApprovalView decide(long requestId, DecisionOutcome outcome, String comment) {
		CurrentUser decider = users.requireCurrent();
		ApprovalRequest request = lockVisible(requestId, decider);
		requirePending(request);
		FourEyesPolicy.refusal(request, decider).ifPresent(refusal -> {
			throw refusal;
		});
		boolean closed = request.decide(decider.username(), outcome, comment, clock.instant());
		requests.flush();
		recordStatusChange(request, outcome.name(), decider.username(), comment);
		if (closed) {
			events.publishEvent(outcome == DecisionOutcome.APPROVE
					? new ApprovalGranted(request.getId(), request.getSubjectType(), request.getSubjectId(),
							decider.username(), comment)
					: new ApprovalRejected(request.getId(), request.getSubjectType(), request.getSubjectId(),
							decider.username(), comment));
		}
		return view(request);
	}

	/** The request, locked for this transaction so deciders of one request take turns; 404 when out of sight. */
	private ApprovalRequest lockVisible(long requestId, CurrentUser user) {
		if (!queries.isVisible(requestId, user)) {
			throw new NotFoundException("ApprovalRequest", requestId);
		}
		try {
			return requests.findForUpdate(requestId).orElseThrow(() -> new NotFoundException("ApprovalRequest", requestId));
		}
		catch (PessimisticLockingFailureException busy) {
			throw new ConflictException(null, "approvals.decide.busy", requestId);
		}
	}

	private static void requirePending(ApprovalRequest request) {
		if (!request.isPending()) {
			throw new ConflictException(null, "approvals.decide.notPending", request.getSubjectReference(),
					new DefaultMessageSourceResolvable("approvals.status." + request.getStatus()));
		}
	}

	private static String checkedComment(String comment, boolean required) {
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text == null && required) {
			throw new InvalidInputException(new FieldError("comment", "approvals.comment.requiredToReject"));
		}
		if (text != null && text.length() > MAX_COMMENT) {
			throw new InvalidInputException(new FieldError("comment", "approvals.comment.tooLong", MAX_COMMENT));
		}
		return text;
	}

	private void recordStatusChange(ApprovalRequest request, String action, String actor, String comment) {
		audit.record(AUDIT_TYPE, request.getId(), null, action, request.getSubjectReference(), actor,
				new Changes().field("status", ApprovalStatus.PENDING, request.getStatus())
					.field("approvals", null, request.approvals() + "/" + request.appliedRule().approvalsRequired())
					.field("comment", null, comment)
					.list());
	}

	private ApprovalView view(ApprovalRequest request) {
		Optional<CurrentUser> viewer = users.current();
		boolean decidable = request.isPending()
				&& viewer.map(user -> FourEyesPolicy.refusal(request, user).isEmpty()).orElse(false);
		String regionCode = request.getRegionId() == null ? null
				: users.findRegionById(request.getRegionId()).map(RegionView::code).orElse(null);
		return request.toView(regionCode, decidable);
	}
}
