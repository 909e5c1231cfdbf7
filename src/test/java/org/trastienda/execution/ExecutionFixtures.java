package org.trastienda.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;
import org.trastienda.contracts.ContractActivated;
import org.trastienda.contracts.ContractData;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.BillingData;
import org.trastienda.customers.ContactData;
import org.trastienda.customers.ContactView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.identity.AccountData;
import org.trastienda.identity.Accounts;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

/**
 * Active contracts for schedule tests, drafted through the real contract service by the team's rep,
 * submitted by the rep and approved by the region's manager through the four-eyes engine.
 */
@Component
public class ExecutionFixtures {

	/** Contract dates far from today, so template milestones never fall due during a test. */
	public static final LocalDate FAR_START = LocalDate.of(2040, 3, 1);

	public static final LocalDate FAR_END = LocalDate.of(2040, 5, 31);

	private static final String CONTRACT_ACTIVATION = "CONTRACT_ACTIVATION";

	private final ContractFixtures contracts;

	private final Contracts service;

	private final CustomerArchive archive;

	private final TestAccounts accounts;

	private final Accounts users;

	private final Approvals approvals;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ExecutionFixtures(ContractFixtures contracts, Contracts service, CustomerArchive archive, TestAccounts accounts,
			Accounts users, Approvals approvals, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.contracts = contracts;
		this.service = service;
		this.archive = archive;
		this.accounts = accounts;
		this.users = users;
		this.approvals = approvals;
		this.events = events;
		this.transactions = transactions;
	}

	public ContractFixtures.Team team() {
		return contracts.team();
	}

	/** A back-office clerk of the team's region who reads English. */
	public UserSummary englishSpeaker(ContractFixtures.Team team) {
		UserSummary clerk = accounts.user("clerk-en", team.region(), Role.BACK_OFFICE);
		return contracts.as(accounts.user("admin", null, Role.ADMIN), () -> users.update(clerk.username(),
				new AccountData(clerk.fullName(), clerk.email(), clerk.roles(), clerk.regionCode(), true, "en"), null,
				clerk.version()));
	}

	/** A party of the rep's with the billing language ({@code es}, {@code en}) and a contact with an e-mail address. */
	public CustomerView party(UserSummary rep, CustomerKind kind, String language) {
		CustomerView party = contracts.party(rep, kind);
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);
		return contracts.as(admin, () -> {
			CustomerView updated = archive.updateBilling(party.id(), party.version(),
					new BillingData(null, 45, null, null, false, language));
			archive.addContact(party.id(), new ContactData("Lucía Núñez", "Compras",
					"lucia." + UUID.randomUUID().toString().substring(0, 6) + "@example.test", null, null, true));
			return updated;
		});
	}

	/** The party's first contact. */
	public ContactView contact(CustomerView party) {
		return contracts.as(accounts.user("admin", null, Role.ADMIN), () -> archive.contacts(party.id()).get(0));
	}

	/** A draft sale (150.00 net, 176.00 gross) of a new Spanish party of the rep's, running from start to end. */
	public ContractView draftSale(ContractFixtures.Team team, LocalDate startsOn, LocalDate endsOn) {
		return draft(team, ContractKind.SALE, party(team.rep(), CustomerKind.CUSTOMER, "es"), startsOn, endsOn);
	}

	/** An active sale of a new Spanish party of the rep's. */
	public ContractView activeSale(ContractFixtures.Team team, LocalDate startsOn, LocalDate endsOn) {
		return activate(team, draftSale(team, startsOn, endsOn));
	}

	/** An active sale with dates far from today. */
	public ContractView activeSale(ContractFixtures.Team team) {
		return activeSale(team, FAR_START, FAR_END);
	}

	/** An active contract of the kind with the party. */
	public ContractView active(ContractFixtures.Team team, ContractKind kind, CustomerView party, LocalDate startsOn,
			LocalDate endsOn) {
		return activate(team, draft(team, kind, party, startsOn, endsOn));
	}

	private ContractView draft(ContractFixtures.Team team, ContractKind kind, CustomerView party, LocalDate startsOn,
			LocalDate endsOn) {
		ContractData data = new ContractData(kind, party.id(), "Suministro " + UUID.randomUUID().toString().substring(0, 6),
				startsOn.minusDays(10), startsOn, endsOn, null, null, null, null, "Notas internas: margen negociado",
				List.of(ContractFixtures.line("Tornillo M8", "1000", "0.1000", "0", "21"),
						ContractFixtures.line("Montaje en obra", "2", "25", "0", "10")));
		return contracts.as(team.rep(), () -> service.create(data));
	}

	/** Submits the draft as its rep and approves it as the region's manager; returns it active. */
	public ContractView activate(ContractFixtures.Team team, ContractView draft) {
		contracts.as(team.rep(), () -> service.submit(draft.id()));
		return contracts.as(team.manager(), () -> {
			ApprovalView request = approvals.openRequestFor(CONTRACT_ACTIVATION, draft.id()).orElseThrow();
			approvals.approve(request.id(), "Conforme");
			return service.get(draft.id());
		});
	}

	/** Announces the activation again, as a replayed event would. */
	public void activateAgain(Long contractId) {
		transactions.executeWithoutResult(tx -> events.publishEvent(new ContractActivated(contractId)));
	}

	/** Completes the contract as the back office does. */
	public void complete(ContractFixtures.Team team, Long contractId) {
		contracts.as(team.clerk(), () -> service.complete(contractId));
	}

	/** Cancels the contract as the back office does (possible while none of its milestones is done). */
	public void cancel(ContractFixtures.Team team, Long contractId) {
		contracts.as(team.clerk(), () -> service.cancel(contractId, "El cliente desiste"));
	}

	public <T> T as(UserSummary user, Supplier<T> action) {
		return contracts.as(user, action);
	}

	public void signIn(UserSummary user) {
		contracts.signIn(user);
	}

	public void signOut() {
		contracts.signOut();
	}
}
