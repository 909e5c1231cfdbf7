package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;
import org.trastienda.fulfillment.ReturnReceived;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.ReturnedLine;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.verifactu.ChainRecordView;
import org.trastienda.verifactu.VerifactuChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting issued invoices: rectifying invoices (own series, referencing the original, all or part,
 * never more than was invoiced), the ones returns propose, and cancellation of an invoice issued in error.
 */
@IntegrationTest
class RectificationIntegrationTests {

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@Autowired
	VerifactuChain chain;

	@Autowired
	JsonCalls calls;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void rectifiesAllOfAnIssuedInvoiceInTheRectifyingSeries() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView original = fixtures.issued(team, contract, List.of(
				BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "300"),
				BillingFixtures.invoiceLine(BillingFixtures.line(contract, 1), "1")));

		InvoiceView draft = rectify(team, original, null);
		InvoiceView issued = fixtures.as(team.clerk(), () -> invoicing.issue(draft.id()));

		assertThat(issued.type()).isEqualTo(InvoiceType.R1);
		assertThat(issued.series()).isEqualTo("R");
		assertThat(issued.number()).startsWith("R" + issued.issueDate().getYear() + "-");
		assertThat(issued.rectifiesInvoiceId()).isEqualTo(original.id());
		assertThat(issued.lines()).extracting(line -> line.quantity().stripTrailingZeros().toPlainString())
			.containsExactly("-300", "-1");
		assertThat(issued.grossTotal()).isEqualByComparingTo(original.grossTotal().negate());
		assertThatThrownBy(() -> rectify(team, original, null)).isInstanceOfSatisfying(BusinessRuleException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("billing.rectify.nothingLeft"));
	}

	@Test
	void rectifiesPartOfAnInvoiceButNeverMoreThanItInvoiced() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView original = fixtures.issued(team, contract,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "700")));
		Long line = original.lines().get(0).id();

		calls.send(post("/api/v1/invoices/" + original.id() + "/rectify"), team.clerk(), Map.of("reason",
				"Precio mal aplicado en parte del pedido", "lines", List.of(Map.of("lineId", line, "quantity", 300))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("R1"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.rectifiesInvoiceId").value(original.id()))
			.andExpect(jsonPath("$.lines[0].quantity").value(-300.0))
			.andExpect(jsonPath("$.netTotal").value(-30.0));

		assertThatThrownBy(() -> rectify(team, original, List.of(new RectificationData.Line(line, new BigDecimal("401")))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.errors()).extracting(error -> error.field()).containsExactly("lines[0].quantity"));
		assertThat(rectify(team, original, List.of(new RectificationData.Line(line, new BigDecimal("400")))).netTotal())
			.isEqualByComparingTo("-40.00");
	}

	@Test
	void aSimplifiedInvoiceIsRectifiedWithR5() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView simplified = fixtures.as(team.clerk(), () -> invoicing.issue(fixtures.draft(team, contract,
				InvoiceType.F2, List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "10"))).id()));

		InvoiceView draft = rectify(team, simplified, null);

		assertThat(draft.type()).isEqualTo(InvoiceType.R5);
		assertThat(fixtures.as(team.clerk(), () -> invoicing.check(draft.id()))).isEmpty();
		assertThat(fixtures.as(team.clerk(), () -> invoicing.issue(draft.id())).status()).isEqualTo(InvoiceStatus.ISSUED);
	}

	@Test
	void cancelsAnInvoiceIssuedInErrorWithARegistroDeAnulacion() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView issued = fixtures.issued(team, contract,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "10")));

		InvoiceView cancelled = fixtures.as(team.clerk(), () -> invoicing.cancel(issued.id(), "Emitida por error: cliente equivocado"));

		assertThat(cancelled.status()).isEqualTo(InvoiceStatus.CANCELLED);
		assertThat(cancelled.number()).isEqualTo(issued.number());
		assertThat(chain.records("B12345674", PageRequest.of(0, 50)).getContent())
			.filteredOn(record -> issued.id().equals(record.invoiceId()))
			.extracting(ChainRecordView::kind)
			.containsExactly("ANULACION", "ALTA");
		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> invoicing.cancel(issued.id(), "Otra vez")))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void anInvoiceAlreadySentOrRectifiedIsNotCancelled() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView sent = fixtures.issued(team, contract,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "10")));
		fixtures.as(team.clerk(), () -> invoicing.send(sent.id()));
		InvoiceView rectified = fixtures.issued(team, contract,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "20")));
		rectify(team, rectified, null);

		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> invoicing.cancel(sent.id(), "Error")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("billing.cancel.sent"));
		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> invoicing.cancel(rectified.id(), "Error")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("billing.cancel.rectified"));
	}

	@Test
	void aReceivedReturnOfInvoicedGoodsProposesOneRectifyingDraft(@Autowired ApplicationEventPublisher events,
			@Autowired TransactionTemplate transactions, @Autowired InvoiceRepository invoices) {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		var screws = BillingFixtures.line(contract, 0);
		Long shipmentLine = fixtures.deliver(team, contract, screws.id(), "600");
		InvoiceView original = fixtures.issued(team, contract, List.of(BillingFixtures.invoiceLine(screws, "600")));

		ReturnView received = fixtures.returned(team, shipmentLine, "100");
		fixtures.awaitReturnHandled(received.id());
		assertThat(invoices.existsBySourceReturnId(received.id())).isTrue();
		transactions.executeWithoutResult(tx -> events.publishEvent(new ReturnReceived(received.id(), contract.id(),
				received.shipmentId(), received.receivedOn(), List.of(new ReturnedLine(screws.id(), new BigDecimal("100"))))));
		fixtures.awaitReturnHandled(received.id());

		List<InvoiceSummary> rectifying = fixtures.as(team.clerk(), () -> invoicing.detail(original.id())).rectifications();
		assertThat(rectifying).as("one proposal, however often the return is announced").singleElement()
			.satisfies(summary -> {
				assertThat(summary.type()).isEqualTo(InvoiceType.R1);
				assertThat(summary.status()).isEqualTo(InvoiceStatus.DRAFT);
			});
		InvoiceView proposed = fixtures.as(team.clerk(), () -> invoicing.get(rectifying.get(0).id()));
		assertThat(proposed.lines()).singleElement().satisfies(line -> {
			assertThat(line.contractLineId()).isEqualTo(screws.id());
			assertThat(line.quantity()).isEqualByComparingTo("-100");
		});
		assertThat(fixtures.as(team.clerk(), () -> invoicing.issue(proposed.id())).status()).isEqualTo(InvoiceStatus.ISSUED);
	}

	@Test
	void aReturnOfGoodsNotYetInvoicedProposesNothing(@Autowired InvoiceRepository invoices) {
		var team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		var screws = BillingFixtures.line(contract, 0);
		Long shipmentLine = fixtures.deliver(team, contract, screws.id(), "600");
		fixtures.issued(team, contract, List.of(BillingFixtures.invoiceLine(screws, "400")));

		ReturnView received = fixtures.returned(team, shipmentLine, "100");
		fixtures.awaitReturnHandled(received.id());

		assertThat(invoices.existsBySourceReturnId(received.id())).as("500 kept, 400 invoiced").isFalse();
	}

	private InvoiceView rectify(ContractFixtures.Team team, InvoiceView original, List<RectificationData.Line> lines) {
		return fixtures.as(team.clerk(), () -> invoicing.rectify(original.id(),
				new RectificationData(null, null, "Devolución parcial acordada", lines)));
	}
}
