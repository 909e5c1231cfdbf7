package org.trastienda.approvals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

/**
 * Stands in for the modules that will ask for approvals: asks for them with uniquely numbered
 * subjects, under subject types and rules of each test's own so tests never share a rule.
 */
@Component
public class TestSubjects {

	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

	private final Approvals approvals;

	private final ApprovalRules rules;

	private final TransactionTemplate transactions;

	private final TestAccounts accounts;

	private final UserDetailsService details;

	TestSubjects(Approvals approvals, ApprovalRules rules, TransactionTemplate transactions, TestAccounts accounts,
			UserDetailsService details) {
		this.approvals = approvals;
		this.rules = rules;
		this.transactions = transactions;
		this.accounts = accounts;
		this.details = details;
	}

	/** A fresh subject type; without a rule it gets the fallback. */
	public String newType() {
		return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	/** A fresh subject type whose rule has the sales contracts' default tiers, as a seeded copy. */
	public String typeWithContractTiers() {
		String type = newType();
		ApprovalRuleView contracts = rules.forSubjectType("CONTRACT_ACTIVATION");
		return typeWithRule(type, contracts.tiers());
	}

	/** A fresh subject type with one tier: the roles decide, one or more of them, region-scoped or not. */
	public String typeWithTier(Set<Role> roles, boolean regionScoped, int approvalsRequired) {
		return typeWithRule(newType(), List.of(new ApprovalTier(null, roles, regionScoped, approvalsRequired)));
	}

	private String typeWithRule(String type, List<ApprovalTier> tiers) {
		as(accounts.user("rules-admin", null, Role.ADMIN), () -> rules.save(type, "EUR", tiers, null));
		return type;
	}

	/** Runs the action signed in as the user, as a request of theirs would. */
	public <T> T as(UserSummary user, Supplier<T> action) {
		UserDetails principal = details.loadUserByUsername(user.username());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Asks for approval of a new subject of the type, in EUR. */
	public ApprovalView request(String type, String amount, RegionView region, UserSummary author) {
		long id = IDS.incrementAndGet();
		return transactions.execute(status -> approvals.request(new ApprovalSubject(type, id, "T-" + id,
				"Contrato de prueba " + id, amount == null ? null : new BigDecimal(amount), amount == null ? null : "EUR",
				region == null ? null : region.id(), author.username(), "/contracts/" + id)));
	}
}
