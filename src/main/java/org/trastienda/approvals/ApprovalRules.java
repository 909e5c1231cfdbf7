package org.trastienda.approvals;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.Versions;

/**
 * The approval rules per subject type, as administrators set them; a type without a rule gets
 * {@link ApprovalRuleView#fallback}. Changing a rule never touches requests already made: each
 * keeps the rule it was made under. Reads and writes {@code approval_rule} and {@code approval_rule_tier}.
 */
@Service
public class ApprovalRules {

	static final String AUDIT_TYPE = "ApprovalRule";

	/** A rule has at most this many tiers. */
	public static final int MAX_TIERS = 10;

	/** A tier asks for at most this many distinct approvers. */
	public static final int MAX_APPROVERS = 5;

	private final ApprovalRuleRepository rules;

	private final AuditTrail audit;

	private final UserDirectory users;

	private final Clock clock;

	ApprovalRules(ApprovalRuleRepository rules, AuditTrail audit, UserDirectory users, Clock clock) {
		this.rules = rules;
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The rule that applies to the subject type: its configured rule, or the fallback.
	 *
	 * @throws InvalidInputException on {@code subjectType} when it is not a subject type's name
	 */
	@Transactional(readOnly = true)
	public ApprovalRuleView forSubjectType(String subjectType) {
		if (!isSubjectType(subjectType)) {
			throw new InvalidInputException(new FieldError("subjectType", "approvals.rule.subjectType.invalid"));
		}
		return rules.findBySubjectType(subjectType).map(ApprovalRule::toView)
			.orElseGet(() -> ApprovalRuleView.fallback(subjectType));
	}

	/** Every configured rule, by subject type. */
	@Transactional(readOnly = true)
	public List<ApprovalRuleView> configured() {
		return rules.findAllByOrderBySubjectTypeAsc().stream().map(ApprovalRule::toView).toList();
	}

	/**
	 * Creates or replaces the subject type's rule, recorded in the audit trail.
	 *
	 * @param version the version the caller read; ignored when the type has no rule yet
	 * @throws InvalidInputException naming {@code subjectType}, {@code currency}, {@code tiers} or
	 * {@code tiers[n].above|roles|approvalsRequired}
	 * @throws org.trastienda.shared.ConflictException when the rule changed since the caller read it
	 */
	@Transactional
	public ApprovalRuleView save(String subjectType, String currency, List<ApprovalTier> tiers, Long version) {
		validate(subjectType, currency, tiers);
		Optional<ApprovalRule> existing = rules.findBySubjectType(subjectType);
		existing.ifPresent(rule -> Versions.requireCurrent(version, rule.getVersion()));
		ApprovalRule rule = existing.orElseGet(() -> new ApprovalRule(subjectType));
		ApprovalRuleView before = existing.map(ApprovalRule::toView).orElse(null);
		String actor = users.requireCurrent().username();
		rule.change(currency, tiers, actor, clock.instant());
		rule = rules.saveAndFlush(rule);
		audit.record(AUDIT_TYPE, rule.getId(), null, before == null ? "CREATE" : "UPDATE", subjectType, actor,
				new Changes().field("currency", before == null ? null : before.currency(), currency)
					.field("tiers", before == null ? null : describe(before.tiers()), describe(tiers))
					.list());
		return rule.toView();
	}

	private static void validate(String subjectType, String currency, List<ApprovalTier> tiers) {
		List<FieldError> errors = new ArrayList<>();
		if (!isSubjectType(subjectType)) {
			errors.add(new FieldError("subjectType", "approvals.rule.subjectType.invalid"));
		}
		if (!isCurrency(currency)) {
			errors.add(new FieldError("currency", "approvals.rule.currency.invalid"));
		}
		if (tiers == null || tiers.isEmpty()) {
			errors.add(new FieldError("tiers", "approvals.rule.tiers.required"));
		}
		else if (tiers.size() > MAX_TIERS) {
			errors.add(new FieldError("tiers", "approvals.rule.tiers.tooMany", MAX_TIERS));
		}
		else {
			BigDecimal previous = null;
			for (int i = 0; i < tiers.size(); i++) {
				ApprovalTier tier = tiers.get(i);
				checkTier(i, tier, previous, errors);
				previous = tier == null || tier.above() == null ? previous : tier.above();
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static boolean isSubjectType(String subjectType) {
		return subjectType != null && ApprovalSubject.TYPE.matcher(subjectType).matches();
	}

	private static void checkTier(int index, ApprovalTier tier, BigDecimal previous, List<FieldError> errors) {
		String field = "tiers[" + index + "].";
		if (tier == null) {
			errors.add(new FieldError("tiers[" + index + "]", "approvals.rule.tiers.required"));
			return;
		}
		BigDecimal above = tier.above();
		if (index == 0 && above != null) {
			errors.add(new FieldError(field + "above", "approvals.rule.tier.firstFromAnyAmount"));
		}
		else if (index > 0 && above == null) {
			errors.add(new FieldError(field + "above", "approvals.rule.tier.aboveRequired"));
		}
		else if (above != null && (above.signum() <= 0 || above.stripTrailingZeros().scale() > 2)) {
			errors.add(new FieldError(field + "above", "approvals.rule.tier.aboveInvalid"));
		}
		else if (above != null && previous != null && above.compareTo(previous) <= 0) {
			errors.add(new FieldError(field + "above", "approvals.rule.tier.aboveAscending", previous.toPlainString()));
		}
		if (tier.roles().isEmpty()) {
			errors.add(new FieldError(field + "roles", "approvals.rule.tier.rolesRequired"));
		}
		if (tier.approvalsRequired() < 1 || tier.approvalsRequired() > MAX_APPROVERS) {
			errors.add(new FieldError(field + "approvalsRequired", "approvals.rule.tier.approvalsRequired", MAX_APPROVERS));
		}
	}

	private static boolean isCurrency(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	/** The tiers as one line for the audit trail: {@code > 50000.00: SALES_DIRECTOR ×1 | …}. */
	private static String describe(List<ApprovalTier> tiers) {
		return tiers.stream()
			.map(tier -> (tier.above() == null ? "*" : "> " + tier.above().toPlainString()) + ": "
					+ tier.roles().stream().map(Role::name).collect(Collectors.joining(", "))
					+ (tier.regionScoped() ? " (region)" : "") + " ×" + tier.approvalsRequired())
			.collect(Collectors.joining(" | "));
	}
}
