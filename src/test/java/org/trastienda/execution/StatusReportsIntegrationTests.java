package org.trastienda.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditTrail;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractView;
import org.trastienda.customers.ContactData;
import org.trastienda.customers.ContactView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.documents.FileStore;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutboxMessageView;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class StatusReportsIntegrationTests {

	@Autowired
	StatusReports reports;

	@Autowired
	ExecutionSchedule schedules;

	@Autowired
	ExecutionFixtures fixtures;

	@Autowired
	ScheduleClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	FileStore files;

	@Autowired
	AuditTrail audit;

	@Autowired
	CustomerArchive archive;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void writesTheReportInSpanishWithWhatIsDoneAndWhatIsNextButNoInternalNotes() throws IOException {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.clerk());
		MilestoneView order = milestone(contract, MilestoneType.PRODUCTION_ORDER);
		schedules.update(contract.id(), order.id(), order.version(), new MilestoneData(order.type(), null,
				order.plannedDate(), clock.today(), team.rep().username(), null, "Nota interna: cliente exigente"));

		StatusReport report = reports.render(contract.id());

		assertThat(report.language()).isEqualTo("es");
		assertThat(report.filename()).isEqualTo("informe-situacion-" + contract.number() + ".pdf");
		Files.write(Path.of("target", "status-report-es.pdf"), report.content());
		String text = text(report.content());
		assertThat(text).contains("Informe de situación del contrato " + contract.number())
			.contains(contract.partyName())
			.contains("Contrato de venta")
			.contains("1 de 7 hitos hechos")
			.contains("Hecho hasta hoy")
			.contains("Orden de producción, hecho el")
			.contains("Lo siguiente")
			.contains("Fin de producción, previsto para el")
			.contains("Expedición")
			.contains("Aceptación")
			.contains("Facturación")
			.contains("Tornillo M8")
			.contains("Montaje en obra")
			.contains("176,00 EUR")
			.contains("Plazo de pago")
			.contains("45 días");
		assertThat(text).doesNotContain("Nota interna").doesNotContain("margen negociado")
			.doesNotContain(team.rep().username());
	}

	@Test
	void writesTheReportInEnglishForAPartyBilledInEnglish() throws IOException {
		ContractFixtures.Team team = fixtures.team();
		CustomerView party = fixtures.party(team.rep(), CustomerKind.CUSTOMER, "en");
		ContractView contract = fixtures.active(team, ContractKind.SALE, party, ExecutionFixtures.FAR_START,
				ExecutionFixtures.FAR_END);
		fixtures.signIn(team.rep());

		StatusReport report = reports.render(contract.id());

		assertThat(report.language()).isEqualTo("en");
		assertThat(report.filename()).isEqualTo("status-report-" + contract.number() + ".pdf");
		Files.write(Path.of("target", "status-report-en.pdf"), report.content());
		assertThat(text(report.content())).contains("Status report of contract " + contract.number())
			.contains("0 of 7 milestones done")
			.contains("No milestone has been completed yet.")
			.contains("Production order, planned for Mar 1, 2040")
			.contains("176.00 EUR");
	}

	@Test
	void sendsTheReportToAContactThroughTheOutboxAndRecordsItOnThePartysTimeline() throws IOException {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		CustomerView party = fixtures.as(team.clerk(), () -> archive.get(contract.partyId()));
		ContactView contact = fixtures.contact(party);
		fixtures.signIn(team.clerk());

		assertThat(reports.recipients(contract.id())).extracting(ContactView::id).containsExactly(contact.id());
		StatusReportSent sent = reports.send(contract.id(), contact.id(), null);

		assertThat(sent.recipient()).isEqualTo(contact.email());
		assertThat(sent.language()).isEqualTo("es");
		OutboxMessageView message = outbox
			.search(null, "Informe de situación del contrato " + contract.number(), PageRequest.of(0, 5))
			.getContent()
			.get(0);
		assertThat(message.recipients()).containsExactly(contact.email());
		assertThat(message.body()).contains(contract.title()).contains(team.clerk().fullName());
		assertThat(jdbc.sql("SELECT stored_file_id FROM outbox_attachment WHERE message_id = ?")
			.param(message.id())
			.query(Long.class)
			.list()).containsExactly(sent.fileId());
		assertThat(files.get(sent.fileId()).contentType()).isEqualTo("application/pdf");
		assertThat(text(files.open(sent.fileId()).content().getContentAsByteArray()))
			.contains("Informe de situación del contrato " + contract.number());
		assertThat(audit.forCustomer(party.id(), 50)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("STATUS_REPORT_SENT");
			assertThat(entry.entityType()).isEqualTo("Contract");
			assertThat(entry.entityId()).isEqualTo(contract.id());
			assertThat(entry.actor()).isEqualTo(team.clerk().username());
			assertThat(entry.summary()).contains(contact.email());
		});
	}

	@Test
	void sendsTheReportToAnyAddressGiven() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(team.rep());
		String address = "compras-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";

		assertThat(reports.send(contract.id(), null, " " + address + " ").recipient()).isEqualTo(address);
	}

	@Test
	void refusesASendWithoutExactlyOneValidRecipient() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		CustomerView party = fixtures.as(team.clerk(), () -> archive.get(contract.partyId()));
		ContactView mute = fixtures.as(accounts.user("admin", null, Role.ADMIN), () -> archive.addContact(party.id(),
				new ContactData("Sin Correo", null, null, "+34 600 000 000", null, false)));
		fixtures.signIn(team.clerk());

		assertRefused(() -> reports.send(contract.id(), null, null), "contactId", "execution.error.required");
		assertRefused(() -> reports.send(contract.id(), mute.id(), "a@example.test"), "email", "execution.error.recipient");
		assertRefused(() -> reports.send(contract.id(), null, "no es un correo"), "email", "execution.error.email");
		assertRefused(() -> reports.send(contract.id(), mute.id(), null), "contactId", "execution.error.contactWithoutEmail");
	}

	@Test
	void refusesAContactOfAnotherParty() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		ContractView other = fixtures.activeSale(team);
		ContactView stranger = fixtures.contact(fixtures.as(team.clerk(), () -> archive.get(other.partyId())));
		fixtures.signIn(team.clerk());

		assertThatThrownBy(() -> reports.send(contract.id(), stranger.id(), null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void letsFinanceDownloadButNotSend() {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		fixtures.signIn(accounts.user("finance", null, Role.FINANCE));

		assertThat(reports.render(contract.id()).content()).isNotEmpty();
		assertThatThrownBy(() -> reports.send(contract.id(), null, "a@example.test"))
			.isInstanceOf(AccessDeniedException.class);
	}

	private MilestoneView milestone(ContractView contract, MilestoneType type) {
		return schedules.schedule(contract.id()).milestones().stream()
			.filter(milestone -> milestone.type() == type)
			.findFirst()
			.orElseThrow();
	}

	private static void assertRefused(Runnable send, String field, String key) {
		assertThatThrownBy(send::run).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field, FieldError::messageKey)
					.containsExactly(tuple(field, key)));
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
