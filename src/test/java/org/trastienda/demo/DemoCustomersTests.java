package org.trastienda.demo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trastienda.customers.CertificateData;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.shared.Iban;
import org.trastienda.shared.TaxId;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCustomersTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

	private final List<DemoCustomers.DemoCustomer> customers = new DemoCustomers(DemoCompany.SEED, TODAY)
		.draw(DemoCompany.CUSTOMERS);

	@Test
	void drawsTheSameCompanyFromTheSameSeed() {
		List<DemoCustomers.DemoCustomer> again = new DemoCustomers(DemoCompany.SEED, TODAY).draw(DemoCompany.CUSTOMERS);
		assertThat(again).extracting(DemoCustomers.DemoCustomer::data)
			.isEqualTo(customers.stream().map(DemoCustomers.DemoCustomer::data).toList());
		assertThat(again).extracting(DemoCustomers.DemoCustomer::contacts, DemoCustomers.DemoCustomer::certificates,
				DemoCustomers.DemoCustomer::notes)
			.isEqualTo(customers.stream()
				.map(customer -> org.assertj.core.groups.Tuple.tuple(customer.contacts(), customer.certificates(),
						customer.notes()))
				.toList());
	}

	@Test
	void everyTaxIdAndIbanHasValidCheckCharactersAndNoTaxIdRepeats() {
		assertThat(customers).allSatisfy(customer -> {
			assertThat(TaxId.check("ES", customer.data().taxId())).as(customer.data().taxId()).isEqualTo(TaxId.Check.VALID);
			assertThat(Iban.isValid(customer.data().billing().iban())).as(customer.data().billing().iban()).isTrue();
		});
		assertThat(customers).extracting(customer -> customer.data().taxId()).doesNotHaveDuplicates();
	}

	@Test
	void holdsEveryKindAndOwnersOfTheCustomersRegion() {
		assertThat(customers).extracting(customer -> customer.data().kind()).contains(CustomerKind.values());
		assertThat(customers).allSatisfy(customer -> assertThat(DemoStaff.repsOf(customer.data().regionCode()))
			.extracting(DemoStaff.Member::username)
			.contains(customer.ownerUsername()));
	}

	@Test
	void someCustomersAreBlockedAndSomeArchived() {
		assertThat(customers).anyMatch(customer -> customer.data().status() == CustomerStatus.BLOCKED);
		assertThat(customers).anyMatch(DemoCustomers.DemoCustomer::archived);
	}

	@Test
	void someCertificatesExpireThisMonthAndSomeHaveExpired() {
		List<LocalDate> expiries = customers.stream()
			.flatMap(customer -> customer.certificates().stream())
			.map(CertificateData::expiresOn)
			.toList();
		assertThat(expiries).anyMatch(date -> date.isBefore(TODAY));
		assertThat(expiries).anyMatch(date -> !date.isBefore(TODAY) && date.getMonth() == TODAY.getMonth());
	}
}
