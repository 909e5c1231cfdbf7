package org.trastienda.verifactu;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trastienda.verifactu.VerifactuFixtures.ISSUED_ON;
import static org.trastienda.verifactu.VerifactuFixtures.invoice;
import static org.trastienda.verifactu.VerifactuFixtures.issuer;

/** The chain on the real database: how records link, what it refuses, and that nothing rewrites it. */
@IntegrationTest
class VerifactuChainIntegrationTests {

	@Autowired
	VerifactuChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void chainsEachRecordToThePreviousOneWithTheExactStringsHashed() {
		String issuer = issuer();
		ChainRecordView first = chain.registerIssue(new InvoiceRegistration(" " + issuer, "F2026-00001 ", ISSUED_ON,
				"F1", new BigDecimal("21"), new BigDecimal("121.5"), 501L));
		ChainRecordView second = chain.registerIssue(invoice(issuer, "F2026-00002"));
		ChainRecordView cancelled = chain.registerCancellation(
				new InvoiceCancellation(issuer, "F2026-00001", ISSUED_ON, 501L));

		assertThat(first.previousHuella()).isNull();
		assertThat(second.previousHuella()).isEqualTo(first.huella());
		assertThat(cancelled.previousHuella()).isEqualTo(second.huella());
		assertThat(List.of(first.kind(), second.kind(), cancelled.kind())).containsExactly("ALTA", "ALTA", "ANULACION");
		assertThat(first.huella()).matches("[0-9A-F]{64}");
		assertThat(first.issuerTaxId()).isEqualTo(issuer);
		assertThat(first.seriesNumber()).isEqualTo("F2026-00001");
		assertThat(first.invoiceId()).isEqualTo(501L);
		assertThat(cancelled.generatedAt()).isAfterOrEqualTo(first.generatedAt());
		assertThat(first.generatedAt().getNano()).isZero();

		Map<String, Object> stored = jdbc.sql("SELECT * FROM verifactu_record WHERE id = ?").param(first.id())
			.query().singleRow();
		assertThat(stored).containsEntry("sequence_number", 1L).containsEntry("issue_date", "02-03-2026")
			.containsEntry("tax_total", "21.00").containsEntry("gross_total", "121.50")
			.containsEntry("series_number", "F2026-00001");
		assertThat((String) stored.get("generated_at")).matches("2\\d{3}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
		String hashed = "IDEmisorFactura=" + issuer + "&NumSerieFactura=F2026-00001&FechaExpedicionFactura=02-03-2026"
				+ "&TipoFactura=F1&CuotaTotal=21.00&ImporteTotal=121.50&Huella=&FechaHoraHusoGenRegistro="
				+ stored.get("generated_at");
		assertThat(new HuellaInput(RecordKind.ALTA, issuer, "F2026-00001", "02-03-2026", "F1", "21.00", "121.50", null,
				(String) stored.get("generated_at")).text()).isEqualTo(hashed);
		assertThat(stored.get("huella")).isEqualTo(first.huella());
		assertThat(chain.verify().valid()).isTrue();
	}

	@Test
	void refusesASecondAltaOfTheSameInvoiceAndACancellationOfAnUnknownOne() {
		String issuer = issuer();
		chain.registerIssue(invoice(issuer, "F2026-00010"));

		assertThatThrownBy(() -> chain.registerIssue(invoice(issuer, "F2026-00010")))
			.isInstanceOfSatisfying(ConflictException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("verifactu.alta.duplicate"));
		assertThatThrownBy(() -> chain.registerCancellation(new InvoiceCancellation(issuer, "F2026-00011", ISSUED_ON, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("verifactu.anulacion.notRegistered"));
		chain.registerCancellation(new InvoiceCancellation(issuer, "F2026-00010", ISSUED_ON, null));
		assertThatThrownBy(() -> chain.registerCancellation(new InvoiceCancellation(issuer, "F2026-00010", ISSUED_ON, null)))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(chain.records(issuer, org.springframework.data.domain.PageRequest.of(0, 10)).getTotalElements())
			.isEqualTo(2);
	}

	@Test
	void refusesInputTheAeatWouldReject() {
		String issuer = issuer();
		assertThatThrownBy(() -> chain.registerIssue(new InvoiceRegistration(issuer, "F-1", ISSUED_ON, "F9",
				BigDecimal.ONE, BigDecimal.TEN, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoiceType");
		assertThatThrownBy(() -> chain.registerIssue(new InvoiceRegistration(issuer, "F-1", ISSUED_ON, "F1",
				new BigDecimal("0.001"), BigDecimal.TEN, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taxTotal");
		assertThatThrownBy(() -> chain.registerIssue(new InvoiceRegistration(" ", "F-1", ISSUED_ON, "F1",
				BigDecimal.ONE, BigDecimal.TEN, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuerTaxId");
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteARecord() {
		ChainRecordView record = chain.registerIssue(invoice(issuer(), "F2026-00020"));

		assertThatThrownBy(() -> jdbc.sql("UPDATE verifactu_record SET gross_total = '1.00' WHERE id = ?")
			.param(record.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM verifactu_record WHERE id = ?").param(record.id()).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(jdbc.sql("SELECT gross_total FROM verifactu_record WHERE id = ?").param(record.id())
			.query(String.class).single()).isEqualTo("121.00");
	}

	@Test
	void theRepositoryOffersNoWayToChangeOrDeleteARecord() {
		assertThat(ChainRecordRepository.class.getMethods()).extracting(Method::getName)
			.allMatch(name -> name.equals("save") || name.startsWith("find"));
		assertThat(ChainRecord.class.getAnnotation(org.hibernate.annotations.Immutable.class)).isNotNull();
		assertThat(ChainRecord.class.getDeclaredMethods()).extracting(Method::getName)
			.noneMatch(name -> name.startsWith("set"));
	}

	@Test
	void verifyingFindsAForgedRecordAndAppendingAfterItIsRefused() {
		String issuer = issuer();
		ChainRecordView first = chain.registerIssue(invoice(issuer, "F2026-00030"));
		// Forged rows are inserted (the trigger refuses changes) and rolled back, so other tests never see them.
		transactions.executeWithoutResult(status -> {
			long forged = forge(issuer, 2, "F2026-00031", first.huella(), "121.00");
			assertThat(chain.verify()).satisfies(verification -> {
				assertThat(verification.valid()).isFalse();
				assertThat(verification.firstBrokenRecord()).isEqualTo(forged);
			});
			assertThatThrownBy(() -> chain.registerIssue(invoice(issuer, "F2026-00032")))
				.isInstanceOfSatisfying(ConflictException.class,
						refusal -> assertThat(refusal.messageKey()).isEqualTo("verifactu.chain.broken"));
			status.setRollbackOnly();
		});
		assertThat(chain.verify().valid()).isTrue();
	}

	@Test
	void verifyingFindsARecordThatDoesNotLinkToThePreviousOne() {
		String issuer = issuer();
		chain.registerIssue(invoice(issuer, "F2026-00040"));
		transactions.executeWithoutResult(status -> {
			HuellaInput unlinked = new HuellaInput(RecordKind.ALTA, issuer, "F2026-00041", "02-03-2026", "F1", "21.00",
					"121.00", null, "2026-03-02T10:00:00+01:00");
			long forged = insert(2, unlinked, unlinked.huella());
			assertThat(chain.verify().firstBrokenRecord()).isEqualTo(forged);
			status.setRollbackOnly();
		});
	}

	/** A record whose huella was sealed with one gross total and whose stored total says another. */
	private long forge(String issuer, long sequence, String seriesNumber, String previousHuella, String storedTotal) {
		HuellaInput sealed = new HuellaInput(RecordKind.ALTA, issuer, seriesNumber, "02-03-2026", "F1", "21.00",
				"999.00", previousHuella, "2026-03-02T10:00:00+01:00");
		HuellaInput stored = new HuellaInput(RecordKind.ALTA, issuer, seriesNumber, "02-03-2026", "F1", "21.00",
				storedTotal, previousHuella, "2026-03-02T10:00:00+01:00");
		return insert(sequence, stored, sealed.huella());
	}

	private long insert(long sequence, HuellaInput fields, String huella) {
		jdbc.sql("UPDATE verifactu_chain_head SET last_sequence = ? WHERE issuer_tax_id = ?")
			.params(sequence, fields.issuerTaxId()).update();
		jdbc.sql("""
				INSERT INTO verifactu_record (issuer_tax_id, sequence_number, kind, series_number, issue_date, invoice_type,
				                              tax_total, gross_total, previous_huella, generated_at, huella)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(fields.issuerTaxId(), sequence, fields.kind().name(), fields.seriesNumber(), fields.issueDate(),
					fields.invoiceType(), fields.taxTotal(), fields.grossTotal(), fields.previousHuella(),
					fields.generatedAt(), huella)
			.update();
		return jdbc.sql("SELECT id FROM verifactu_record WHERE issuer_tax_id = ? AND sequence_number = ?")
			.params(fields.issuerTaxId(), sequence).query(Long.class).single();
	}
}
