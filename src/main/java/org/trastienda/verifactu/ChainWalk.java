package org.trastienda.verifactu;

import java.util.Objects;

/**
 * Checks records fed in chain order (by issuer, then sequence): each one intact, numbered right
 * after the one before it and naming that one's huella as its previous. Remembers the earliest
 * (lowest id) record that breaks a chain; the rest of a broken chain is not blamed again.
 */
final class ChainWalk {

	private long records;

	private String issuer;

	private long lastSequence;

	private String lastHuella;

	private boolean chainBroken;

	private Long firstBroken;

	void accept(StoredRecord record) {
		records++;
		String recordIssuer = record.fields().issuerTaxId();
		if (!recordIssuer.equals(issuer)) {
			issuer = recordIssuer;
			lastSequence = 0;
			lastHuella = null;
			chainBroken = false;
		}
		if (!chainBroken && !follows(record)) {
			chainBroken = true;
			firstBroken = firstBroken == null ? record.id() : Math.min(firstBroken, record.id());
		}
		lastSequence = record.sequenceNumber();
		lastHuella = record.huella();
	}

	private boolean follows(StoredRecord record) {
		return record.sequenceNumber() == lastSequence + 1
				&& Objects.equals(record.fields().previousHuella(), lastHuella) && record.intact();
	}

	ChainVerification result() {
		return new ChainVerification(firstBroken == null, records, firstBroken);
	}
}
