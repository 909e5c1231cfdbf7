package org.trastienda.verifactu;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head row of each issuer's chain in {@code verifactu_chain_head}: the last position taken. The
 * appending transaction keeps the row locked until it ends, so appends to one chain (from any app
 * instance) happen strictly one after another, and one that rolls back leaves the head as it was.
 */
@Component
class ChainHeads {

	private final JdbcClient jdbc;

	ChainHeads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the issuer's chain until the transaction ends (creating it on its first record) and
	 * answers its last position, 0 for an empty chain.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long lock(String issuerTaxId) {
		// A concurrent first record of the same issuer finds the head created and waits below.
		jdbc.sql("INSERT INTO verifactu_chain_head (issuer_tax_id, last_sequence) VALUES (?, 0) ON CONFLICT DO NOTHING")
			.param(issuerTaxId)
			.update();
		return jdbc.sql("SELECT last_sequence FROM verifactu_chain_head WHERE issuer_tax_id = ? FOR UPDATE")
			.param(issuerTaxId)
			.query(Long.class)
			.single();
	}

	/** Moves the locked chain's head to the position just taken. */
	@Transactional(propagation = Propagation.MANDATORY)
	void advance(String issuerTaxId, long sequence) {
		jdbc.sql("UPDATE verifactu_chain_head SET last_sequence = ? WHERE issuer_tax_id = ?")
			.params(sequence, issuerTaxId)
			.update();
	}

	List<String> issuers() {
		return jdbc.sql("SELECT issuer_tax_id FROM verifactu_chain_head ORDER BY issuer_tax_id").query(String.class).list();
	}
}
