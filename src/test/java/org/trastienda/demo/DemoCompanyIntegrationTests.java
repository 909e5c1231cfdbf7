package org.trastienda.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.trastienda.IntegrationTest;
import org.trastienda.approvals.Approvals;
import org.trastienda.customers.CertificateView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerFilter;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.customers.CustomerView;
import org.trastienda.customers.ExpiryState;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds the first 50 demo customers into the shared test database once, through the real
 * services, so a rule the demo data breaks fails here; {@link DemoCustomersTests} checks all 300.
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

	private Map<String, Long> contractFates;

	@BeforeAll
	void seedOnce() {
		contractFates = demo.seed(SEEDED, CONTRACTS);
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
		assertThat(contractFates.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CONTRACTS);
		assertThat(contractFates).containsKeys("PENDING", "ACTIVE", "COMPLETED");
		signIn("director");
		assertThat(approvals.countDecidableBy(users.requireCurrent())).isPositive();
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
