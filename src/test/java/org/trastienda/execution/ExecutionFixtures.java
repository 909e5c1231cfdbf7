package org.trastienda.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
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
 * Active contracts for schedule tests, drafted through the real contract service by the team's rep
 * and activated the way approval activates them: status ACTIVE and {@link ContractActivated} in one
 * transaction, nobody signed in (as when the approval engine's event activates it).
 */
@Component
public class ExecutionFixtures {

	/** Contract dates far from today, so template milestones never fall due during a test. */
	public static final LocalDate FAR_START = LocalDate.of(2040, 3, 1);

	public static final LocalDate FAR_END = LocalDate.of(2040, 5, 31);

	private final ContractFixtures contracts;

	private final Contracts service;

	private final CustomerArchive archive;

	private final TestAccounts accounts;

	private final Accounts users;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ExecutionFixtures(ContractFixtures contracts, Contracts service, CustomerArchive archive, TestAccounts accounts,
			Accounts users, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.contracts = contracts;
		this.service = service;
		this.archive = archive;
		this.accounts = accounts;
		this.users = users;
		this.jdbc = jdbc;
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
		return activate(draftSale(team, startsOn, endsOn));
	}

	/** An active sale with dates far from today. */
	public ContractView activeSale(ContractFixtures.Team team) {
		return activeSale(team, FAR_START, FAR_END);
	}

	/** An active contract of the kind with the party. */
	public ContractView active(ContractFixtures.Team team, ContractKind kind, CustomerView party, LocalDate startsOn,
			LocalDate endsOn) {
		return activate(draft(team, kind, party, startsOn, endsOn));
	}

	private ContractView draft(ContractFixtures.Team team, ContractKind kind, CustomerView party, LocalDate startsOn,
			LocalDate endsOn) {
		ContractData data = new ContractData(kind, party.id(), "Suministro " + UUID.randomUUID().toString().substring(0, 6),
				startsOn.minusDays(10), startsOn, endsOn, null, null, null, null, "Notas internas: margen negociado",
				List.of(ContractFixtures.line("Tornillo M8", "1000", "0.1000", "0", "21"),
						ContractFixtures.line("Montaje en obra", "2", "25", "0", "10")));
		return contracts.as(team.rep(), () -> service.create(data));
	}

	/** Activates the contract as approval does; returns it as it now stands. */
	public ContractView activate(ContractView draft) {
		publishActivation(draft.id());
		return service.get(draft.id());
	}

	/** Announces the activation again (a repeated or replayed event). */
	public void activateAgain(Long contractId) {
		publishActivation(contractId);
	}

	/** Moves the contract to another status directly (completion and cancellation happen outside this module). */
	public void setStatus(Long contractId, String status) {
		transactions.executeWithoutResult(
				tx -> jdbc.sql("UPDATE contract SET status = ? WHERE id = ?").params(status, contractId).update());
	}

	private void publishActivation(Long contractId) {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("UPDATE contract SET status = 'ACTIVE' WHERE id = ?").param(contractId).update();
			events.publishEvent(new ContractActivated(contractId));
		});
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
