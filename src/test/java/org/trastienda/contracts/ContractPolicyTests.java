package org.trastienda.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

class ContractPolicyTests {

	private static final CurrentUser AUTHOR = user(1L, "ana", Role.SALES_REP);

	private static final CurrentUser OWNER = user(2L, "bea", Role.SALES_REP);

	private static final CurrentUser OTHER_REP = user(3L, "carlos", Role.SALES_REP);

	private static final CurrentUser CLERK = user(4L, "nuria", Role.BACK_OFFICE);

	private static final CurrentUser MANAGER = user(5L, "itziar", Role.REGIONAL_MANAGER);

	private static CurrentUser user(Long id, String username, Role role) {
		return new CurrentUser(id, username, username, 1L, "NORTE", Set.of(role), "es");
	}

	private static Contract contract(ContractStatus status) {
		Contract contract = new Contract("CV-2026-00001", ContractKind.SALE, AUTHOR.username(), Instant.EPOCH);
		contract.apply(new ContractEditor.Draft(new ContractData(ContractKind.SALE, 9L, "Suministro", null, null, null,
				"EUR", 30, OWNER.username(), "NORTE", null, List.of()), "Parte", OWNER.id(), 1L, List.of()));
		switch (status) {
			case DRAFT -> {
			}
			case PENDING_APPROVAL -> contract.submit(Instant.EPOCH);
			case ACTIVE -> {
				contract.submit(Instant.EPOCH);
				contract.activate(Instant.EPOCH);
			}
			default -> throw new IllegalArgumentException(status.name());
		}
		return contract;
	}

	@Test
	void theAuthorTheOwningRepAndTheBackOfficeWriteADraft() {
		Contract draft = contract(ContractStatus.DRAFT);

		assertThat(ContractPolicy.accessTo(AUTHOR, draft, false).mayEdit()).isTrue();
		assertThat(ContractPolicy.accessTo(OWNER, draft, false).mayEdit()).isTrue();
		assertThat(ContractPolicy.accessTo(CLERK, draft, false).mayEdit()).isTrue();
		assertThat(ContractPolicy.accessTo(OTHER_REP, draft, false).mayEdit()).isFalse();
		assertThat(ContractPolicy.accessTo(MANAGER, draft, false))
			.isEqualTo(new ContractAccess(false, false, false, false, false, false, false, false));
	}

	@Test
	void onlyTheAuthorCancelsAPendingContractAndOnlyTheBackOfficeAnActiveOne() {
		Contract pending = contract(ContractStatus.PENDING_APPROVAL);
		Contract active = contract(ContractStatus.ACTIVE);

		assertThat(ContractPolicy.accessTo(AUTHOR, pending, false).mayCancel()).isTrue();
		assertThat(ContractPolicy.accessTo(CLERK, pending, false).mayCancel()).isFalse();
		assertThat(ContractPolicy.accessTo(AUTHOR, pending, false).mayEdit()).isFalse();
		assertThat(ContractPolicy.accessTo(CLERK, active, false).mayCancel()).isTrue();
		assertThat(ContractPolicy.accessTo(OWNER, active, false).mayCancel()).isFalse();
		assertThat(ContractPolicy.accessTo(CLERK, active, false).mayComplete()).isTrue();
		assertThat(ContractPolicy.accessTo(OWNER, active, false).mayComplete()).isFalse();
	}

	@Test
	void writersAmendAnActiveContractOneAmendmentAtATime() {
		Contract active = contract(ContractStatus.ACTIVE);

		assertThat(ContractPolicy.accessTo(OWNER, active, false).mayAmend()).isTrue();
		assertThat(ContractPolicy.accessTo(OWNER, active, true).mayAmend()).isFalse();
		assertThat(ContractPolicy.accessTo(MANAGER, active, false).mayAmend()).isFalse();
	}

	@Test
	void theBackOfficeKeepsDocumentsAndRemovesFilesWritersFileThem() {
		Contract active = contract(ContractStatus.ACTIVE);

		assertThat(ContractPolicy.accessTo(CLERK, active, false).mayManageDocuments()).isTrue();
		assertThat(ContractPolicy.accessTo(OWNER, active, false).mayManageDocuments()).isFalse();
		assertThat(ContractPolicy.accessTo(OWNER, active, false).mayAttach()).isTrue();
		assertThat(ContractPolicy.accessTo(OWNER, active, false).mayRemoveAttachments()).isFalse();
		assertThat(ContractPolicy.accessTo(CLERK, active, false).mayRemoveAttachments()).isTrue();
	}
}
