package org.trastienda.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.TestSmtp;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.documents.SpreadsheetRow;
import org.trastienda.documents.Spreadsheets;
import org.trastienda.identity.AccountData;
import org.trastienda.identity.Accounts;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.outbox.OutboxDeliveryJob;
import org.trastienda.reporting.StatisticsFixtures.Scenario;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class ContractReportPackJobIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SERVER);

	static final YearMonth MAY_2025 = YearMonth.of(2025, 5);

	@Autowired
	ContractReportPackJob job;

	@Autowired
	OutboxDeliveryJob delivery;

	@Autowired
	StatisticsFixtures fixtures;

	@Autowired
	Spreadsheets spreadsheets;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts users;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void mailsTheMonthsPackToTheDirectorAndToEachRegionalManagerForTheirRegionOnce() throws Exception {
		Scenario scenario = fixtures.scenario();
		String region = scenario.team().region().name();

		job.send(MAY_2025);
		delivery.deliverNow();

		MimeMessage toManager = single(messagesTo(scenario.team().manager()));
		assertThat(toManager.getSubject()).isEqualTo("Estadísticas de contratos de Mayo 2025 · " + region);
		assertThat(body(toManager)).contains("Hola, " + scenario.team().manager().fullName(), "comparados con Abril 2025",
				"/reports/contracts?period=2025-05&groupBy=owner");
		assertThat(attachments(toManager)).extracting(BodyPart::getFileName)
			.containsExactly("estadisticas-contratos-2025-05-owner.pdf", "estadisticas-contratos-2025-05-owner.xlsx");
		assertThat(attachments(toManager).get(0).getContentType()).startsWith("application/pdf");
		assertThat(rows(attachments(toManager).get(1))).extracting(row -> row.valuesByHeader().get("Periodo"),
				row -> row.valuesByHeader().get("Grupo"), row -> row.valuesByHeader().get("Contratos firmados"),
				row -> row.valuesByHeader().get("Importe neto firmado"), row -> row.valuesByHeader().get("Hitos retrasados"))
			.as("the region's May by sales rep, then April")
			.containsExactly(tuple("Mayo 2025", scenario.repB().fullName(), "1", "500", "0"),
					tuple("Mayo 2025", scenario.repA().fullName(), "0", "0", "1"),
					tuple("Mayo 2025", "Total", "1", "500", "1"),
					tuple("Abril 2025", scenario.repB().fullName(), "0", "0", "0"),
					tuple("Abril 2025", scenario.repA().fullName(), "1", "102.5", "0"),
					tuple("Abril 2025", "Total", "1", "102.5", "0"));

		MimeMessage toDirector = single(messagesTo(scenario.team().director()));
		assertThat(toDirector.getSubject()).isEqualTo("Estadísticas de contratos de Mayo 2025 · Toda la empresa");
		assertThat(attachments(toDirector)).extracting(BodyPart::getFileName)
			.containsExactly("estadisticas-contratos-2025-05-region.pdf", "estadisticas-contratos-2025-05-region.xlsx");
		assertThat(rows(attachments(toDirector).get(1)))
			.filteredOn(row -> region.equals(row.valuesByHeader().get("Grupo")))
			.extracting(row -> row.valuesByHeader().get("Periodo"), row -> row.valuesByHeader().get("Importe neto firmado"))
			.contains(tuple("Mayo 2025", "500"));

		assertThat(job.send(MAY_2025)).as("messages queued by a second run").isZero();
		delivery.deliverNow();
		assertThat(messagesTo(scenario.team().manager())).hasSize(1);
		assertThat(messagesTo(scenario.team().director())).hasSize(1);
	}

	@Test
	void writesInTheRecipientsLanguageAndGivesTheSamePackToLaterRecipients() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		fixtures.signed(team, team.rep(), fixtures.customer(team.rep()), LocalDate.of(2025, 8, 20),
				StatisticsFixtures.line("4", "25", "0"));
		UserSummary english = english(team.manager());
		YearMonth august = YearMonth.of(2025, 8);

		job.send(august);
		UserSummary secondManager = accounts.user("manager", team.region(), Role.REGIONAL_MANAGER);
		assertThat(job.send(august)).as("only the manager added since").isEqualTo(1);
		delivery.deliverNow();

		MimeMessage toEnglish = single(messagesTo(english));
		assertThat(toEnglish.getSubject()).isEqualTo("Contract statistics for August 2025 · " + team.region().name());
		assertThat(attachments(toEnglish)).extracting(BodyPart::getFileName)
			.containsExactly("contract-statistics-2025-08-owner.pdf", "contract-statistics-2025-08-owner.xlsx");
		assertThat(rows(attachments(toEnglish).get(1))).extracting(row -> row.valuesByHeader().get("Net amount signed"))
			.contains("100");
		MimeMessage toSecond = single(messagesTo(secondManager));
		assertThat(toSecond.getSubject()).isEqualTo("Estadísticas de contratos de Agosto 2025 · " + team.region().name());
	}

	private UserSummary english(UserSummary user) {
		return fixtures.as(accounts.user("admin", null, Role.ADMIN), () -> users.update(user.username(),
				new AccountData(user.fullName(), user.email(), user.roles(), user.regionCode(), true, "en"), null,
				user.version()));
	}

	/** The report packs the user received (they also hear of the approval requests of the test's contracts). */
	private static List<MimeMessage> messagesTo(UserSummary user) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return (message.getSubject().startsWith("Estadísticas de contratos")
						|| message.getSubject().startsWith("Contract statistics"))
						&& Arrays.stream(message.getAllRecipients()).map(Address::toString).anyMatch(user.email()::equals);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static MimeMessage single(List<MimeMessage> messages) {
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private static String body(MimeMessage message) throws Exception {
		return ((Multipart) message.getContent()).getBodyPart(0).getContent().toString();
	}

	private static List<BodyPart> attachments(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		List<BodyPart> attached = new ArrayList<>();
		for (int index = 1; index < parts.getCount(); index++) {
			attached.add(parts.getBodyPart(index));
		}
		return attached;
	}

	private List<SpreadsheetRow> rows(BodyPart xlsx) throws MessagingException, IOException {
		try (InputStream content = xlsx.getInputStream()) {
			return spreadsheets.readAll(new ByteArrayInputStream(content.readAllBytes()));
		}
	}
}
