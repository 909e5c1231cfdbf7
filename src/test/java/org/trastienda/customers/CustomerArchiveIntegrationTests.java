package org.trastienda.customers;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditTrail;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CustomerArchiveIntegrationTests {

	@Autowired
	CustomerArchive archive;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SignIn signIn;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void createsCustomerWithCodeOwnerAndRegionOfTheRep() {
		RegionView north = accounts.region("N");
		UserSummary rep = accounts.user("rep", north, Role.SALES_REP);
		UserSummary other = accounts.user("rep", north, Role.SALES_REP);
		signIn(rep);

		CustomerView created = archive.create(data(TestTaxIds.nextDni(), "Ferretería Ruiz S.L.", other.username()));

		assertThat(created.code()).matches("CLI-\\d{6}");
		assertThat(created.ownerUsername()).isEqualTo(rep.username());
		assertThat(created.regionCode()).isEqualTo(north.code());
		assertThat(created.status()).isEqualTo(CustomerStatus.ACTIVE);
		assertThat(archive.history(created.id(), 10)).singleElement()
			.satisfies(entry -> assertThat(entry.action()).isEqualTo("CREATED"));
	}

	@Test
	void historyHoldsTheArchivesRecordsHoweverManyEntriesOtherModulesAddToTheCustomer(
			@Autowired AuditTrail trail, @Autowired TransactionTemplate transactions) {
		UserSummary rep = accounts.user("rep", accounts.region("N"), Role.SALES_REP);
		signIn(rep);
		CustomerView created = archive.create(data(TestTaxIds.nextDni(), "Suministros Vega S.L.", null));
		transactions.executeWithoutResult(status -> {
			for (long shipment = 1; shipment <= 5; shipment++) {
				trail.record("Shipment", shipment, created.id(), "CREATED", "AL-" + shipment, rep.username(), List.of());
			}
		});

		assertThat(archive.history(created.id(), 3)).singleElement()
			.satisfies(entry -> assertThat(entry.entityType()).isEqualTo("Customer"));
	}

	@Test
	void searchesByFragmentInTheRepsScopeOnly() {
		RegionView region = accounts.region("S");
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		UserSummary otherRep = accounts.user("rep", region, Role.SALES_REP);
		String marker = "zq" + System.nanoTime();
		signIn(rep);
		CustomerView mine = archive.create(data(TestTaxIds.nextDni(), "Mía " + marker, null));
		signIn(otherRep);
		CustomerView theirs = archive.create(data(TestTaxIds.nextDni(), "Suya " + marker, null));

		signIn(rep);
		var page = archive.search(new CustomerFilter(marker.toUpperCase(), null, null, null, null),
				PageRequest.of(0, 10, Sort.by("legalName")));
		assertThat(page.getContent()).extracting(CustomerView::id).containsExactly(mine.id());
		assertThatThrownBy(() -> archive.get(theirs.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesDuplicateTaxIdNamingTheFirstCustomer() {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		signIn(clerk);
		String taxId = TestTaxIds.nextDni();
		CustomerView first = archive.create(data(taxId, "Primera S.A.", null));

		assertThatThrownBy(() -> archive.create(data(taxId.toLowerCase(), "Segunda S.A.", null)))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.arguments()).containsExactly(first.code(), "Primera S.A."));
	}

	@Test
	void updatesWithCurrentVersionAndRefusesStaleOne() {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		signIn(clerk);
		CustomerView created = archive.create(data(TestTaxIds.nextDni(), "Antes S.L.", null));

		CustomerView updated = archive.update(created.id(), created.version(),
				data(created.taxId(), "Después S.L.", null));

		assertThat(updated.legalName()).isEqualTo("Después S.L.");
		assertThat(updated.version()).isGreaterThan(created.version());
		assertThatThrownBy(() -> archive.update(created.id(), created.version(), data(created.taxId(), "X", null)))
			.isInstanceOf(ConflictException.class);
		assertThat(archive.history(created.id(), 10)).first()
			.satisfies(entry -> assertThat(entry.changes()).singleElement()
				.satisfies(change -> assertThat(change.field()).isEqualTo("legalName")));
	}

	@Test
	void financeChangesBillingOnly() {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		UserSummary finance = accounts.user("fin", null, Role.FINANCE);
		signIn(clerk);
		CustomerView created = archive.create(data(TestTaxIds.nextDni(), "Cobros S.L.", null));
		signIn(finance);

		CustomerView billed = archive.updateBilling(created.id(), created.version(),
				new BillingData("facturas@cobros.test", 60, new BigDecimal("5000.00"), "ES9121000418450200051332",
						true, "es"));

		assertThat(billed.billing().paymentTermsDays()).isEqualTo(60);
		assertThatThrownBy(() -> archive.update(created.id(), billed.version(), data(created.taxId(), "Otra", null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void reportsEveryInvalidFieldByItsApiPath() {
		signIn(accounts.user("clerk", null, Role.BACK_OFFICE));
		CustomerData bad = new CustomerData(null, " ", null, "12345678A", "ES", null, null, null, null, "no-mail",
				null, null, new Address(null, "123", null, null, null),
				new BillingData(null, null, null, "ES00 1234", false, null), null);

		assertThatThrownBy(() -> archive.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(error -> error.field())
					.containsExactlyInAnyOrder("legalName", "taxId", "email", "address.postalCode", "billing.iban"));
	}

	static CustomerData data(String taxId, String legalName, String owner) {
		return new CustomerData(CustomerKind.CUSTOMER, legalName, null, taxId, "ES", "Ferretería", null, owner, null,
				"info@example.test", "+34 911 234 567", null,
				new Address("Calle Mayor 1", "28013", "Madrid", "Madrid", null), null, null);
	}

	private void signIn(UserSummary user) {
		signIn.as(user);
	}
}
