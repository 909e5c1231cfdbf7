package org.trastienda.contracts;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ContractsIntegrationTests {

	@Autowired
	Contracts contracts;

	@Autowired
	ContractFixtures fixtures;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void draftsASaleWithNumberOwnerRegionDefaultsAndTotals() {
		var team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER);
		fixtures.signIn(team.rep());

		ContractView created = contracts.create(ContractFixtures.sale(party.id(), "Suministro anual"));

		assertThat(created.number()).matches("CV-" + Year.now(java.time.ZoneId.of("Europe/Madrid")) + "-\\d{5}");
		assertThat(created.status()).isEqualTo(ContractStatus.DRAFT);
		assertThat(created.ownerUsername()).isEqualTo(team.rep().username());
		assertThat(created.regionCode()).isEqualTo(team.region().code());
		assertThat(created.currency()).isEqualTo("EUR");
		assertThat(created.paymentTermsDays()).isEqualTo(45);
		assertThat(created.partyName()).isEqualTo(party.legalName());
		assertThat(created.signedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(created.lines()).hasSize(2);
		assertThat(created.netTotal()).isEqualByComparingTo("150.00");
		assertThat(created.vatTotal()).isEqualByComparingTo("26.00");
		assertThat(created.grossTotal()).isEqualByComparingTo("176.00");
		assertThat(contracts.history(created.id())).singleElement()
			.satisfies(entry -> assertThat(entry.customerId()).isEqualTo(party.id()));
	}

	@Test
	void hidesAnotherRepsContract() {
		var team = fixtures.team();
		ContractView theirs = fixtures.draftBy(team.otherRep());
		fixtures.signIn(team.rep());

		assertThatThrownBy(() -> contracts.get(theirs.id())).isInstanceOf(NotFoundException.class);
	}
}
