package org.trastienda.verifactu;

/**
 * A record as the database holds it: its place in its issuer's chain, the fields it seals and the
 * huella stored with them.
 */
record StoredRecord(long id, long sequenceNumber, HuellaInput fields, String huella) {

	/** Whether the stored huella is the one its stored fields give. */
	boolean intact() {
		return fields.huella().equals(huella);
	}
}
