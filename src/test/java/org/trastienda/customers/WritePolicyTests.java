package org.trastienda.customers;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

class WritePolicyTests {

	private static final long REP_ID = 7L;

	private static final long OTHER_ID = 8L;

	@Test
	void backOfficeAndAdminChangeEverythingAndSeeAll() {
		for (Role role : new Role[] { Role.BACK_OFFICE, Role.ADMIN }) {
			CurrentUser user = user(role);
			assertThat(WritePolicy.mayCreate(user)).isTrue();
			assertThat(WritePolicy.accessTo(user, OTHER_ID)).isEqualTo(CustomerAccess.FULL);
			assertThat(WritePolicy.ownsWhatTheyWrite(user)).isFalse();
			assertThat(WritePolicy.mayDeleteAttachments(user)).isTrue();
			assertThat(WritePolicy.mayImport(user)).isTrue();
			assertThat(user.scope().kind()).isEqualTo(DataScope.Kind.ALL);
		}
	}

	@Test
	void aSalesRepCreatesForThemselvesAndEditsOnlyTheirOwn() {
		CurrentUser rep = user(Role.SALES_REP);

		assertThat(WritePolicy.mayCreate(rep)).isTrue();
		assertThat(WritePolicy.ownsWhatTheyWrite(rep)).isTrue();
		assertThat(WritePolicy.accessTo(rep, REP_ID)).isEqualTo(CustomerAccess.FULL);
		assertThat(WritePolicy.accessTo(rep, OTHER_ID)).isEqualTo(CustomerAccess.READ);
		assertThat(WritePolicy.mayDeleteAttachments(rep)).isFalse();
		assertThat(WritePolicy.mayImport(rep)).isFalse();
		assertThat(rep.scope()).isEqualTo(DataScope.owner(REP_ID));
	}

	@Test
	void financeEditsBillingDataOnly() {
		CurrentUser finance = user(Role.FINANCE);

		assertThat(WritePolicy.mayCreate(finance)).isFalse();
		assertThat(WritePolicy.accessTo(finance, OTHER_ID)).isEqualTo(CustomerAccess.BILLING);
		assertThat(CustomerAccess.BILLING.mayEdit()).isTrue();
		assertThat(CustomerAccess.BILLING.mayEditAll()).isFalse();
	}

	@Test
	void directorsAndRegionalManagersOnlyRead() {
		for (Role role : new Role[] { Role.SALES_DIRECTOR, Role.REGIONAL_MANAGER }) {
			CurrentUser user = user(role);
			assertThat(WritePolicy.mayCreate(user)).isFalse();
			assertThat(WritePolicy.accessTo(user, REP_ID)).isEqualTo(CustomerAccess.READ);
			assertThat(CustomerAccess.READ.mayEdit()).isFalse();
		}
		assertThat(user(Role.REGIONAL_MANAGER).scope()).isEqualTo(DataScope.region(3L));
	}

	@Test
	void aUserWithSeveralRolesGetsTheWidestRight() {
		CurrentUser repAndFinance = new CurrentUser(REP_ID, "ana", "Ana", 3L, "N", Set.of(Role.SALES_REP, Role.FINANCE),
				"es");

		assertThat(WritePolicy.accessTo(repAndFinance, REP_ID)).isEqualTo(CustomerAccess.FULL);
		assertThat(WritePolicy.accessTo(repAndFinance, OTHER_ID)).isEqualTo(CustomerAccess.BILLING);
		assertThat(repAndFinance.scope().kind()).isEqualTo(DataScope.Kind.ALL);
	}

	private static CurrentUser user(Role role) {
		return new CurrentUser(REP_ID, "user", "User", 3L, "N", Set.of(role), "es");
	}
}
