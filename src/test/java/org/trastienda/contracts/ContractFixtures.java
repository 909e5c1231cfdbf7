package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.trastienda.customers.Address;
import org.trastienda.customers.BillingData;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerData;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

/**
 * People, parties and contracts for contract tests, created through the real services as the
 * people who would create them. Every name is unique: tests share one database.
 */
@Component
public class ContractFixtures {

	private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private final TestAccounts accounts;

	private final CustomerArchive archive;

	private final Contracts contracts;

	private final AuthenticationManager authentication;

	ContractFixtures(TestAccounts accounts, CustomerArchive archive, Contracts contracts,
			AuthenticationManager authentication) {
		this.accounts = accounts;
		this.archive = archive;
		this.contracts = contracts;
		this.authentication = authentication;
	}

	/** A region with a sales rep, a second rep, its regional manager, a clerk and a director. */
	public Team team() {
		RegionView region = accounts.region("C");
		return new Team(region, accounts.user("rep", region, Role.SALES_REP), accounts.user("rep2", region, Role.SALES_REP),
				accounts.user("manager", region, Role.REGIONAL_MANAGER), clerk(), director());
	}

	private UserSummary clerk;

	private UserSummary director;

	/**
	 * One back-office clerk and one sales director for every team, as a company has: alerts mail
	 * every clerk and approval requests every director, so one per team would make each of them mail
	 * hundreds of people.
	 */
	private synchronized UserSummary clerk() {
		if (clerk == null) {
			clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		}
		return clerk;
	}

	private synchronized UserSummary director() {
		if (director == null) {
			director = accounts.user("director", null, Role.SALES_DIRECTOR);
		}
		return director;
	}

	public record Team(RegionView region, UserSummary rep, UserSummary otherRep, UserSummary manager,
			UserSummary clerk, UserSummary director) {
	}

	/** A party of the kind owned by the rep, in the rep's region, with 45-day payment terms. */
	public CustomerView party(UserSummary owner, CustomerKind kind) {
		return as(accounts.user("admin", null, Role.ADMIN), () -> archive.create(new CustomerData(kind,
				"Parte " + UUID.randomUUID().toString().substring(0, 8) + " S.L.", null, dni(), "ES", null,
				owner.regionCode(), owner.username(), null, null, null, null,
				new Address("Calle Mayor 1", "28013", "Madrid", "Madrid", "ES"),
				new BillingData(null, 45, null, null, false, "es"), null)));
	}

	/** A sale with two lines (100.00 at 21 % and 50.00 at 10 %: 150.00 net, 26.00 VAT, 176.00 total). */
	public static ContractData sale(Long partyId, String title) {
		return new ContractData(ContractKind.SALE, partyId, title, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 12, 31), null, null, null, null, "Notas internas",
				List.of(line("Tornillo M8", "1000", "0.1000", "0", "21"), line("Montaje", "2", "25", "0", "10")));
	}

	public static ContractLineData line(String description, String quantity, String unitPrice, String discount,
			String vatRate) {
		return new ContractLineData(null, null, description, new BigDecimal(quantity), "ud", new BigDecimal(unitPrice),
				new BigDecimal(discount), new BigDecimal(vatRate));
	}

	/** A draft sale of the rep's own party, drafted by the rep. */
	public ContractView draftBy(UserSummary rep) {
		return draftBy(rep, rep);
	}

	/** A draft sale drafted by the author for a party owned by the rep (who then owns the contract). */
	public ContractView draftBy(UserSummary author, UserSummary rep) {
		CustomerView party = party(rep, CustomerKind.CUSTOMER);
		return as(author,
				() -> contracts.create(sale(party.id(), "Suministro " + UUID.randomUUID().toString().substring(0, 6))));
	}

	/** Runs the action signed in as the user (through the real login), then signs out. */
	public <T> T as(UserSummary user, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		signIn(user);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	public void signIn(UserSummary user) {
		SecurityContextHolder.getContext()
			.setAuthentication(authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(user.username(), TestAccounts.PASSWORD)));
	}

	public void signOut() {
		SecurityContextHolder.clearContext();
	}

	public static String dni() {
		int number = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
		return "%08d%c".formatted(number, DNI_LETTERS.charAt(number % 23));
	}
}
