package org.trastienda.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trastienda.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTests {

	@ParameterizedTest
	@CsvSource({ "DRAFT, SUBMIT, PENDING_APPROVAL", "REJECTED, SUBMIT, PENDING_APPROVAL",
			"PENDING_APPROVAL, ACTIVATE, ACTIVE", "PENDING_APPROVAL, REJECT, REJECTED", "ACTIVE, COMPLETE, COMPLETED",
			"DRAFT, CANCEL, CANCELLED", "PENDING_APPROVAL, CANCEL, CANCELLED", "REJECTED, CANCEL, CANCELLED",
			"ACTIVE, CANCEL, CANCELLED", "DRAFT, EDIT, DRAFT", "REJECTED, EDIT, REJECTED", "ACTIVE, AMEND, ACTIVE" })
	void movesThroughTheAllowedTransitions(ContractStatus from, ContractAction action, ContractStatus to) {
		assertThat(Lifecycle.after(from, action)).isEqualTo(to);
	}

	@ParameterizedTest
	@CsvSource({ "PENDING_APPROVAL, EDIT", "ACTIVE, EDIT", "COMPLETED, EDIT", "CANCELLED, EDIT",
			"PENDING_APPROVAL, SUBMIT", "ACTIVE, SUBMIT", "DRAFT, ACTIVATE", "ACTIVE, ACTIVATE", "REJECTED, REJECT",
			"DRAFT, COMPLETE", "PENDING_APPROVAL, COMPLETE", "COMPLETED, CANCEL", "CANCELLED, CANCEL",
			"DRAFT, AMEND", "COMPLETED, AMEND" })
	void refusesEveryOtherStepWith422(ContractStatus from, ContractAction action) {
		assertThat(Lifecycle.allows(from, action)).isFalse();
		assertThatThrownBy(() -> Lifecycle.after(from, action)).isInstanceOf(BusinessRuleException.class)
			.satisfies(ex -> assertThat(((BusinessRuleException) ex).messageKey()).isEqualTo("contracts.error.transition"));
	}

	@Test
	void finishedContractsAllowNothing() {
		for (ContractAction action : ContractAction.values()) {
			assertThat(Lifecycle.allows(ContractStatus.COMPLETED, action)).as(action.name()).isFalse();
			assertThat(Lifecycle.allows(ContractStatus.CANCELLED, action)).as(action.name()).isFalse();
		}
	}

	@Test
	void formatsNumbersWithKindPrefixYearAndFiveDigits() {
		assertThat(ContractNumbers.format(ContractKind.SALE, 2026, 42)).isEqualTo("CV-2026-00042");
		assertThat(ContractNumbers.format(ContractKind.PURCHASE, 2026, 7)).isEqualTo("CC-2026-00007");
		assertThat(ContractNumbers.format(ContractKind.SALE, 2027, 123456)).isEqualTo("CV-2027-123456");
	}
}
