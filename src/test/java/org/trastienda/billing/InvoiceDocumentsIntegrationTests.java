package org.trastienda.billing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;
import org.trastienda.customers.CustomerView;
import org.trastienda.documents.FileStore;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutboxMessageView;
import org.trastienda.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The invoice PDF with every mandatory field and the QR code, and its e-mail to the customer through the outbox. */
@IntegrationTest
class InvoiceDocumentsIntegrationTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@Autowired
	CompanySettings settings;

	@Autowired
	Outbox outbox;

	@Autowired
	FileStore files;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonCalls calls;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePdfShowsEveryMandatoryFieldAndTheQrCode() throws IOException {
		var team = fixtures.team();
		CustomerView customer = fixtures.customer(team.rep(), ContractFixtures.dni(), false);
		ContractView contract = fixtures.activeSale(team, customer, true);
		LocalDate operation = LocalDate.of(2026, 1, 15);
		InvoiceView issued = fixtures.as(team.clerk(), () -> invoicing.issue(invoicing.create(new InvoiceData(
				contract.id(), InvoiceType.F1, null, null, operation, null, null,
				List.of(new InvoiceLineData(BillingFixtures.line(contract, 0).id(), null, new java.math.BigDecimal("250"),
						null, null, null, null)), null)).id()));

		String text = text(fixtures.as(team.clerk(), () -> invoicing.pdf(issued.id())).content());

		assertThat(text).contains("Factura " + issued.number(), "F · " + issued.number(),
				issued.issueDate().format(DAY), operation.format(DAY), issued.dueDate().format(DAY),
				"Trastienda Pruebas S.L.", "NIF B12345674", "Calle del Comercio 7", "28001 Madrid",
				customer.legalName(), "NIF " + customer.taxId(), "Calle Mayor 1", "28013 Madrid", "Tornillo M8",
				"250,000", "0,1000", "0,00", "21,00", "25,00", "5,25", "30,25 EUR", "QR tributario:",
				issued.huella());
		assertThat(images(fixtures.as(team.clerk(), () -> invoicing.pdf(issued.id())).content())).isEqualTo(1);
	}

	@Test
	void aRectifyingInvoiceNamesTheInvoiceItCorrects() throws IOException {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView original = fixtures.issued(team, contract,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "10")));
		InvoiceView rectifying = fixtures.as(team.clerk(), () -> invoicing.issue(invoicing.rectify(original.id(),
				new RectificationData(null, null, "Mercancía defectuosa", null)).id()));

		assertThat(text(fixtures.as(team.clerk(), () -> invoicing.pdf(rectifying.id())).content())).contains(
				"Factura rectificativa " + rectifying.number(),
				"la factura " + original.number() + " del " + original.issueDate().format(DAY), "Mercancía defectuosa");
	}

	@Test
	void aDraftHasNoPdfAndTheApiDownloadsAnIssuedOne() throws Exception {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView draft = fixtures.draft(team, contract, InvoiceType.F1,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "10")));
		assertThatThrownBy(() -> fixtures.as(team.clerk(), () -> invoicing.pdf(draft.id())))
			.isInstanceOf(BusinessRuleException.class);
		InvoiceView issued = fixtures.as(team.clerk(), () -> invoicing.issue(draft.id()));

		calls.send(get("/api/v1/invoices/" + issued.id() + "/pdf"), team.rep(), null)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("factura-" + issued.number() + ".pdf")));
	}

	@Test
	void sendsThePdfToTheCustomersInvoiceAddressThroughTheOutbox() throws IOException {
		var team = fixtures.team();
		CustomerView customer = fixtures.customer(team.rep(), ContractFixtures.dni(), false);
		ContractView contract = fixtures.activeSale(team, customer, true);
		InvoiceView issued = fixtures.issued(team, contract,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "10")));

		InvoiceDetail detail = fixtures.as(team.clerk(), () -> invoicing.send(issued.id()));

		assertThat(detail.dispatches()).singleElement().satisfies(sent -> {
			assertThat(sent.recipient()).isEqualTo(customer.billing().invoiceEmail());
			assertThat(sent.sentBy()).isEqualTo(team.clerk().username());
		});
		OutboxMessageView message = message(issued);
		assertThat(message.recipients()).containsExactly(customer.billing().invoiceEmail());
		Long file = jdbc.sql("SELECT stored_file_id FROM outbox_attachment WHERE message_id = ?").param(message.id())
			.query(Long.class).single();
		assertThat(text(files.open(file).content().getContentAsByteArray())).contains("Factura " + issued.number());
		assertThat(fixtures.as(team.clerk(), () -> invoicing.history(issued.id())))
			.extracting(entry -> entry.action()).contains("SENT", "ISSUED");
	}

	@Test
	void emailsTheInvoiceAtIssueWhenTheSettingsSaySo() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		emailAtIssue(true);
		try {
			InvoiceView issued = fixtures.issued(team, contract,
					List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "10")));

			assertThat(message(issued).subject()).contains(issued.number());
			assertThat(fixtures.as(team.clerk(), () -> invoicing.detail(issued.id())).dispatches()).hasSize(1);
		}
		finally {
			emailAtIssue(false);
		}
	}

	private void emailAtIssue(boolean on) {
		fixtures.as(fixtures.admin(), () -> {
			CompanyView company = settings.company();
			return settings.updateCompany(company.version(),
					new CompanyData(company.legalName(), company.taxId(), company.address(), null, on));
		});
	}

	private OutboxMessageView message(InvoiceView invoice) {
		return fixtures.as(fixtures.admin(), () -> outbox.search(null, "Factura " + invoice.number(), PageRequest.of(0, 5)))
			.getContent()
			.get(0);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static int images(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int count = 0;
			for (var name : document.getPage(0).getResources().getXObjectNames()) {
				count += document.getPage(0).getResources().isImageXObject(name) ? 1 : 0;
			}
			return count;
		}
	}
}
