package org.trastienda.verifactu;

import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks every chain of {@code verifactu_record} in one streamed pass in chain order, recomputing
 * each huella from the stored strings: rows are read a batch at a time and never held, so time
 * grows linearly with the records and memory stays flat.
 */
@Component
class ChainVerifier {

	/** Rows per round trip: PostgreSQL streams with a cursor (inside a transaction) instead of loading all. */
	private static final int FETCH_SIZE = 2_000;

	private final JdbcClient jdbc;

	ChainVerifier(DataSource dataSource) {
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(streaming);
	}

	@Transactional(readOnly = true)
	ChainVerification verify() {
		ChainWalk walk = new ChainWalk();
		jdbc.sql("""
				SELECT id, issuer_tax_id, sequence_number, kind, series_number, issue_date, invoice_type, tax_total,
				       gross_total, previous_huella, generated_at, huella
				FROM verifactu_record
				ORDER BY issuer_tax_id, sequence_number""")
			.query(rs -> {
				walk.accept(stored(rs));
			});
		return walk.result();
	}

	private static StoredRecord stored(ResultSet rs) throws SQLException {
		return new StoredRecord(rs.getLong("id"), rs.getLong("sequence_number"),
				new HuellaInput(RecordKind.valueOf(rs.getString("kind")), rs.getString("issuer_tax_id"),
						rs.getString("series_number"), rs.getString("issue_date"), rs.getString("invoice_type"),
						rs.getString("tax_total"), rs.getString("gross_total"), rs.getString("previous_huella"),
						rs.getString("generated_at")),
				rs.getString("huella"));
	}
}
