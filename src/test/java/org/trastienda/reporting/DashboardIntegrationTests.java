package org.trastienda.reporting;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trastienda.IntegrationTest;
import org.trastienda.customers.Address;
import org.trastienda.customers.CertificateData;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerData;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.customers.SignIn;
import org.trastienda.customers.TestTaxIds;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DashboardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DashboardQueries queries;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CustomerArchive archive;

	@Autowired
	SignIn signIn;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void aRepCountsOnlyOwnCustomersAndAManagerTheRegion() {
		RegionView region = accounts.region("D");
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		UserSummary colleague = accounts.user("rep", region, Role.SALES_REP);
		customer(rep, CustomerKind.DISTRIBUTOR, "Propia");
		customer(colleague, CustomerKind.CUSTOMER, "Del compañero");
		customer(colleague, CustomerKind.CUSTOMER, "Otra del compañero");

		assertThat(queries.customersByKind(DataScope.owner(rep.id())))
			.containsExactly(new DashboardQueries.KindCount("DISTRIBUTOR", 1));
		assertThat(queries.customersByRegion(DataScope.region(region.id())))
			.containsExactly(new DashboardQueries.RegionCount(region.code(), region.name(), 3));
	}

	@Test
	void archivedCustomersAreLeftOut() {
		RegionView region = accounts.region("A");
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		CustomerView customer = customer(rep, CustomerKind.PARTNER, "Archivada");
		signIn.as(rep);
		archive.archive(customer.id());

		assertThat(queries.customersByKind(DataScope.owner(rep.id()))).isEmpty();
	}

	@Test
	void listsCertificatesExpiringWithinTheWindowAndCountsExpiredOnes() {
		RegionView region = accounts.region("X");
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		CustomerView customer = customer(rep, CustomerKind.CUSTOMER, "Certificados");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
		signIn.as(rep);
		archive.addCertificate(customer.id(), new CertificateData("ISO 9001", "A-1", "AENOR", null, today.plusDays(10)));
		archive.addCertificate(customer.id(), new CertificateData("ISO 14001", "B-2", "AENOR", null, today.plusDays(200)));
		archive.addCertificate(customer.id(), new CertificateData("Licencia", "C-3", null, null, today.minusDays(3)));

		DashboardQueries.CertificateFigures figures = queries.certificates(DataScope.owner(rep.id()), 10);

		assertThat(figures.expiring()).extracting(DashboardQueries.ExpiringCertificate::type).containsExactly("ISO 9001");
		assertThat(figures.expiringCount()).isEqualTo(1);
		assertThat(figures.expiredCount()).isEqualTo(1);
	}

	@Test
	void homePageShowsTheUsersFiguresAndLatestActivityWithLinks() throws Exception {
		RegionView region = accounts.region("H");
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		UserSummary other = accounts.user("rep", accounts.region("O"), Role.SALES_REP);
		CustomerView mine = customer(rep, CustomerKind.SUPPLIER, "Visible");
		CustomerView theirs = customer(other, CustomerKind.SUPPLIER, "Invisible");

		mvc.perform(get("/").with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"customer-count\">1</div>")))
			.andExpect(content().string(containsString("href=\"/customers/" + mine.id() + "?tab=timeline\"")))
			.andExpect(content().string(not(containsString(theirs.legalName()))))
			.andExpect(content().string(containsString("Sus clientes")));
		mvc.perform(get("/").param("lang", "en").with(accounts.as(rep)))
			.andExpect(content().string(containsString("Customers by kind")));
	}

	private CustomerView customer(UserSummary owner, CustomerKind kind, String name) {
		signIn.as(owner);
		try {
			return archive.create(new CustomerData(kind, name + " " + System.nanoTime(), null, TestTaxIds.nextDni(), "ES",
					null, null, null, null, null, null, null,
					new Address("Calle Mayor 1", "28013", "Madrid", "Madrid", "ES"), null, null));
		}
		finally {
			signIn.out();
		}
	}
}
