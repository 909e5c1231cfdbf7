package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An issued invoice refuses every change: through the API, through the persistence layer (even code
 * that bypasses the service), and in the database itself (even SQL that bypasses the application).
 */
@IntegrationTest
class ImmutabilityIntegrationTests {

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonCalls calls;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theApiRefusesToChangeOrDeleteAnIssuedInvoice() throws Exception {
		var team = fixtures.team();
		InvoiceView issued = issued(team);

		calls.send(put("/api/v1/invoices/" + issued.id()), team.clerk(), Map.of("version", issued.version(), "lines",
				List.of(Map.of("contractLineId", issued.lines().get(0).contractLineId(), "quantity", 1))))
			.andExpect(status().isUnprocessableContent());
		calls.send(delete("/api/v1/invoices/" + issued.id()), team.clerk(), null)
			.andExpect(status().isUnprocessableContent());
		assertThat(fixtures.as(team.clerk(), () -> invoicing.get(issued.id()))).isEqualTo(issued);
	}

	@Test
	void thePersistenceLayerRefusesToWriteAChangedIssuedInvoiceOrItsLines() {
		var team = fixtures.team();
		InvoiceView issued = issued(team);

		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			invoices.findById(issued.id()).orElseThrow().touch(Instant.now(), "intruder");
			invoices.flush();
		})).hasRootCauseInstanceOf(IllegalStateException.class).rootCause().hasMessageContaining("never changed");
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			invoices.findById(issued.id()).orElseThrow().getLines().get(0).setNetAmount(BigDecimal.ONE);
			invoices.flush();
		})).hasRootCauseInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			invoices.delete(invoices.findById(issued.id()).orElseThrow());
			invoices.flush();
		})).hasRootCauseInstanceOf(IllegalStateException.class);
		assertThat(fixtures.as(team.clerk(), () -> invoicing.get(issued.id()))).isEqualTo(issued);
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAnIssuedInvoiceItsLinesOrItsTaxes() {
		var team = fixtures.team();
		InvoiceView issued = issued(team);

		assertThatThrownBy(() -> jdbc.sql("UPDATE invoice SET gross_total = 0 WHERE id = ?").param(issued.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM invoice WHERE id = ?").param(issued.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("UPDATE invoice_line SET quantity = 1 WHERE invoice_id = ?")
			.param(issued.id())
			.update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM invoice_tax WHERE invoice_id = ?").param(issued.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO invoice_line (invoice_id, position, description, quantity, unit_price, discount_percent,
				                          vat_rate, net_amount)
				VALUES (?, 9, 'Regalo', 1, 1, 0, 21, 1)""").param(issued.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(fixtures.as(team.clerk(), () -> invoicing.get(issued.id()))).isEqualTo(issued);
	}

	@Test
	void theDatabaseLetsAnIssuedInvoiceBeCancelledAndNothingElse() {
		var team = fixtures.team();
		InvoiceView issued = issued(team);

		transactions.executeWithoutResult(tx -> {
			assertThatCode(() -> jdbc.sql("""
					UPDATE invoice SET status = 'CANCELLED', cancel_reason = 'prueba', version = version + 1
					WHERE id = ?""").param(issued.id()).update()).doesNotThrowAnyException();
			assertThatThrownBy(() -> jdbc.sql("UPDATE invoice SET cancel_reason = 'otra' WHERE id = ?")
				.param(issued.id())
				.update()).isInstanceOf(DataAccessException.class);
			tx.setRollbackOnly();
		});
		assertThatThrownBy(() -> jdbc.sql("UPDATE invoice SET status = 'CANCELLED', notes = 'cambio' WHERE id = ?")
			.param(issued.id())
			.update()).isInstanceOf(DataAccessException.class);
	}

	private InvoiceView issued(ContractFixtures.Team team) {
		ContractView contract = fixtures.inAdvance(team);
		return fixtures.issued(team, contract, List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "3")));
	}
}
