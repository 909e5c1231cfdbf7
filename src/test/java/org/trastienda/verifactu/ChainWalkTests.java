package org.trastienda.verifactu;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier's logic on detached records: the AEAT's example chain, and the ways to break it. */
class ChainWalkTests {

	private static final StoredRecord FIRST = sealed(11, 1, HuellaInputTests.FIRST_ALTA);

	private static final StoredRecord SECOND = sealed(12, 2, HuellaInputTests.CHAINED_ALTA);

	private static final StoredRecord THIRD = sealed(13, 3, HuellaInputTests.CHAINED_ANULACION);

	@Test
	void theAeatExampleChainIsIntact() {
		assertThat(walk(FIRST, SECOND, THIRD)).isEqualTo(new ChainVerification(true, 3, null));
	}

	@Test
	void aFieldChangedAfterSealingBreaksThatRecord() {
		HuellaInput altered = new HuellaInput(RecordKind.ALTA, "89890001K", "12345679/G34", "01-01-2024", "F1", "1.35",
				"123.45", FIRST.huella(), "2024-01-01T19:20:35+01:00");
		StoredRecord tampered = new StoredRecord(12, 2, altered, SECOND.huella());

		assertThat(walk(FIRST, tampered, THIRD)).isEqualTo(new ChainVerification(false, 3, 12L));
	}

	@Test
	void aResealedRecordBreaksTheLinkOfTheNextOne() {
		HuellaInput altered = new HuellaInput(RecordKind.ALTA, "89890001K", "12345679/G34", "01-01-2024", "F1", "1.35",
				"123.45", FIRST.huella(), "2024-01-01T19:20:35+01:00");

		assertThat(walk(FIRST, sealed(12, 2, altered), THIRD)).isEqualTo(new ChainVerification(false, 3, 13L));
	}

	@Test
	void aMissingRecordBreaksTheChainWhereItWas() {
		assertThat(walk(FIRST, THIRD).firstBrokenRecord()).isEqualTo(13L);
		assertThat(walk(SECOND, THIRD).firstBrokenRecord()).isEqualTo(12L);
	}

	@Test
	void reportsTheEarliestBrokenRecordAcrossIssuers() {
		StoredRecord otherFirst = sealed(5, 1, new HuellaInput(RecordKind.ALTA, "B00000000", "A-1", "02-01-2024", "F1",
				"1.00", "2.00", null, "2024-01-02T10:00:00+01:00"));
		StoredRecord otherSecondForked = sealed(7, 2, new HuellaInput(RecordKind.ALTA, "B00000000", "A-2", "02-01-2024",
				"F1", "1.00", "2.00", null, "2024-01-02T10:00:01+01:00"));

		ChainVerification verification = walk(FIRST, sealed(14, 2, HuellaInputTests.FIRST_ALTA), otherFirst,
				otherSecondForked);

		assertThat(verification).isEqualTo(new ChainVerification(false, 4, 7L));
	}

	private static StoredRecord sealed(long id, long sequence, HuellaInput fields) {
		return new StoredRecord(id, sequence, fields, fields.huella());
	}

	private static ChainVerification walk(StoredRecord... records) {
		ChainWalk walk = new ChainWalk();
		List.of(records).forEach(walk::accept);
		return walk.result();
	}
}
