package org.trastienda.demo;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.trastienda.IntegrationTest;
import org.trastienda.approvals.Approvals;
import org.trastienda.billing.BillingFixtures;
import org.trastienda.billing.InvoiceFilter;
import org.trastienda.billing.InvoiceRequestFilter;
import org.trastienda.billing.InvoiceRequestStatus;
import org.trastienda.billing.InvoiceRequestView;
import org.trastienda.billing.InvoiceRequests;
import org.trastienda.billing.InvoiceStatus;
import org.trastienda.billing.InvoiceSummary;
import org.trastienda.billing.InvoiceView;
import org.trastienda.billing.Invoicing;
import org.trastienda.billing.SeriesKind;
import org.trastienda.customers.CertificateView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerFilter;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.customers.CustomerView;
import org.trastienda.customers.ExpiryState;
import org.trastienda.fulfillment.ReturnFilter;
import org.trastienda.fulfillment.ReturnStatus;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.Returns;
import org.trastienda.fulfillment.ShipmentFilter;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds the first 50 demo customers and 30 contracts, with their shipments, invoices, returns and
 * requests, into the shared test database once, through the real services, so a rule the demo
 * data breaks fails here; {@link DemoCustomersTests} checks all 300 customers. The invoices go to
 * series of this test's own: other tests issue into the default ones today, and the demo's are
 * dated in the past.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCompanyIntegrationTests {

	private static final int SEEDED = 50;

	private static final int CONTRACTS = 30;

	@Autowired
	DemoCompany demo;

	@Autowired
	UserDirectory users;

	@Autowired
	CustomerArchive archive;

	@Autowired
	Approvals approvals;

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	Shipments shipments;

	@Autowired
	Returns returns;

	@Autowired
	Invoicing invoicing;

	@Autowired
	InvoiceRequests requests;

	private DemoCompany.Seeded seeded;

	private DemoInvoices.Series series;

	@BeforeAll
	void seedOnce(@Autowired BillingFixtures billing) {
		// The issuer the billing tests print: the demo fills it in only when missing, whichever test runs first.
		billing.companyReady();
		series = new DemoInvoices.Series(billing.series(SeriesKind.ORDINARY).code(),
				billing.series(SeriesKind.RECTIFYING).code());
		seeded = demo.seed(SEEDED, CONTRACTS, series);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void seedsLoginsForEveryRoleAndCustomersWithTheirRecords() {
		for (Role role : List.of(Role.SALES_DIRECTOR, Role.REGIONAL_MANAGER, Role.SALES_REP, Role.BACK_OFFICE,
				Role.FINANCE)) {
			assertThat(DemoStaff.MEMBERS).filteredOn(member -> member.role() == role).isNotEmpty();
		}
		assertThat(users.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
		signIn("director");
		List<CustomerView> customers = DemoStaff.MEMBERS.stream()
			.filter(member -> member.role() == Role.SALES_REP)
			.flatMap(rep -> archive.search(new CustomerFilter(null, null, null, rep.username(), null),
					PageRequest.of(0, CustomerArchive.MAX_PAGE_SIZE)).getContent().stream())
			.toList();
		assertThat(customers).hasSize(SEEDED);
		assertThat(customers).extracting(CustomerView::kind).contains(CustomerKind.values());
		assertThat(customers).extracting(CustomerView::status).contains(CustomerStatus.values());
		assertThat(customers).filteredOn(customer -> !archive.certificates(customer.id()).isEmpty()).isNotEmpty();
		assertThat(customers.stream().flatMap(customer -> archive.certificates(customer.id()).stream()))
			.extracting(CertificateView::expiryState)
			.contains(ExpiryState.EXPIRED, ExpiryState.EXPIRING);
		CustomerView first = customers.get(0);
		assertThat(archive.contacts(first.id())).isNotEmpty();
		assertThat(archive.history(first.id(), 50)).isNotEmpty();
		assertThat(customers).anyMatch(customer -> !archive.attachments(customer.id()).isEmpty());
	}

	@Test
	void takesContractsThroughApprovalAndExecutionIntoSeveralStates() {
		assertThat(seeded.contracts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CONTRACTS);
		assertThat(seeded.contracts()).containsKeys("PENDING", "ACTIVE", "COMPLETED");
		signIn("director");
		assertThat(approvals.countDecidableBy(users.requireCurrent())).isPositive();
	}

	@Test
	void shipsTheContractsInExecutionMostlyDelivered() {
		List<ShipmentView> shipped = ofReps(rep -> shipments.search(ShipmentFilter.none(), PageRequest.of(0, 1000)));
		assertThat(shipped).hasSizeGreaterThanOrEqualTo(seeded.shipments()).isNotEmpty();
		assertThat(shipped).filteredOn(shipment -> shipment.status() == ShipmentStatus.DELIVERED)
			.hasSizeGreaterThan(shipped.size() / 2)
			.allSatisfy(shipment -> assertThat(shipment.deliveredOn()).isNotNull());
		assertThat(shipped).extracting(ShipmentView::status)
			.contains(ShipmentStatus.IN_TRANSIT, ShipmentStatus.SHIPPED, ShipmentStatus.PREPARED);
	}

	@Test
	void leavesReturnsInEveryStateVerifiedByTheRepNotByWhoRegisteredThem() {
		assertThat(seeded.returns()).containsOnlyKeys(Stream.of(ReturnStatus.values()).map(Enum::name).toList());
		List<ReturnView> returned = ofReps(rep -> returns.search(ReturnFilter.none(), PageRequest.of(0, 1000)));
		assertThat(returned).extracting(ReturnView::status).contains(ReturnStatus.values());
		assertThat(returned).filteredOn(found -> found.verifiedBy() != null).isNotEmpty().allSatisfy(found -> {
			assertThat(found.verifiedBy()).startsWith("comercial").isNotEqualTo(found.registeredBy());
			assertThat(found.registeredBy()).isEqualTo(DemoStaff.BACK_OFFICE);
		});
	}

	@Test
	void issuesInvoicesOfTheDeliveriesWithRectificationsAndTwoCancellations() {
		signIn(DemoStaff.BACK_OFFICE);
		List<InvoiceSummary> issued = invoices(series.ordinary(), InvoiceStatus.ISSUED);
		assertThat(issued).hasSize(seeded.invoices());
		assertThat(issued).extracting(InvoiceSummary::issueDate).isSorted();
		assertThat(invoices(series.ordinary(), InvoiceStatus.CANCELLED)).hasSize(2);
		List<InvoiceSummary> rectifying = invoices(series.rectifying(), InvoiceStatus.ISSUED);
		assertThat(rectifying).hasSize(seeded.rectifying()).isNotEmpty();
		InvoiceView credit = invoicing.get(rectifying.get(0).id());
		assertThat(credit.rectifiesInvoiceId()).isNotNull();
		assertThat(credit.grossTotal()).isNegative();
		assertThat(invoicing.get(credit.rectifiesInvoiceId()).issueDate()).isBeforeOrEqualTo(credit.issueDate());
	}

	@Test
	void leavesInvoiceRequestsWaitingAndReserved() {
		assertThat(seeded.requests()).containsKeys(InvoiceRequestStatus.REQUESTED.name(),
				InvoiceRequestStatus.RESERVED.name());
		List<InvoiceRequestView> waiting = ofReps(rep -> requests.search(InvoiceRequestFilter.none(), PageRequest.of(0, 1000)));
		assertThat(waiting).extracting(InvoiceRequestView::status)
			.contains(InvoiceRequestStatus.REQUESTED, InvoiceRequestStatus.RESERVED);
		assertThat(waiting).filteredOn(request -> request.status() == InvoiceRequestStatus.RESERVED)
			.allSatisfy(request -> assertThat(request.assignedTo()).isEqualTo(DemoStaff.BACK_OFFICE));
	}

	/** What each demo sales rep sees: together, the demo company's records. */
	private <T> List<T> ofReps(Function<DemoStaff.Member, Page<T>> search) {
		return DemoStaff.MEMBERS.stream().filter(member -> member.role() == Role.SALES_REP).flatMap(rep -> {
			signIn(rep.username());
			return search.apply(rep).getContent().stream();
		}).toList();
	}

	private List<InvoiceSummary> invoices(String seriesCode, InvoiceStatus status) {
		return invoicing.list(new InvoiceFilter(status, seriesCode, null, null, null, null),
				PageRequest.of(0, 5000, Sort.by("id"))).getContent();
	}

	@Test
	void demoUsersSignInWithTheSharedPassword() {
		signIn("gerente.norte");
		assertThat(users.requireCurrent().regionCode()).isEqualTo("NORTE");
	}

	private void signIn(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(username, DemoStaff.PASSWORD)));
	}
}
