package org.trastienda.execution;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trastienda.IntegrationTest;
import org.trastienda.TestSmtp;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.identity.UserSummary;
import org.trastienda.outbox.OutboxDeliveryJob;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MilestoneAlertJobIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	MilestoneAlertJob job;

	@Autowired
	OutboxDeliveryJob delivery;

	@Autowired
	ExecutionSchedule schedules;

	@Autowired
	ExecutionFixtures fixtures;

	@Autowired
	ScheduleClock clock;

	@Autowired
	JdbcClient jdbc;

	private Set<String> receivedBefore = Set.of();

	/**
	 * The job alerts every late milestone in the database, and the tests share one: earlier tests'
	 * contracts have hundreds. Their alerts are raised and set aside first, so each test's run sends
	 * only its own milestones' alerts.
	 */
	@BeforeEach
	void alertEarlierTestsMilestones() {
		job.runNow();
		TestSmtp.postponeQueued(jdbc);
	}

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void warnsTheResponsibleAndTheBackOfficeThenEscalatesAfterThreeAndTenDaysLateOncePerLevel() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		LocalDate today = clock.today();
		add(team, contract, "Muestras al cliente", today.plusDays(3));
		add(team, contract, "Planos firmados", today.minusDays(2));
		add(team, contract, "Pruebas en fábrica", today.minusDays(3));
		add(team, contract, "Certificado de calidad", today.minusDays(9));
		add(team, contract, "Embalaje especial", today.minusDays(10));
		addDone(team, contract, "Anticipo cobrado", today.minusDays(20), today.minusDays(12));

		runAndDeliver();

		String number = contract.number();
		assertThat(subjectsTo(team.rep(), number)).containsExactlyInAnyOrder(
				"Hito próximo: Muestras al cliente del contrato " + number + " (" + longDate(today.plusDays(3)) + ")",
				"Hito retrasado: Planos firmados del contrato " + number,
				"Hito retrasado: Pruebas en fábrica del contrato " + number,
				"Hito retrasado: Certificado de calidad del contrato " + number,
				"Hito retrasado: Embalaje especial del contrato " + number);
		assertThat(subjectsTo(team.clerk(), number)).hasSize(5);
		assertThat(subjectsTo(team.manager(), number)).containsExactlyInAnyOrder(
				"Escalado: Pruebas en fábrica del contrato " + number + " lleva 3 días de retraso",
				"Escalado: Certificado de calidad del contrato " + number + " lleva 9 días de retraso",
				"Escalado: Embalaje especial del contrato " + number + " lleva 10 días de retraso");
		assertThat(subjectsTo(team.director(), number)).containsExactly(
				"Escalado a dirección: Embalaje especial del contrato " + number + " lleva 10 días de retraso");
		assertThat(messagesTo(team.manager(), number).get(0).getContent().toString()).contains(contract.title())
			.contains("de su región")
			.contains("http://localhost:8080/contracts/" + contract.id());

		int before = smtp.getReceivedMessages().length;
		assertThat(job.runNow()).as("alerts sent by a second run").isZero();
		delivery.deliverNow();
		assertThat(smtp.getReceivedMessages()).hasSize(before);
	}

	@Test
	void warnsAgainWhenALateMilestoneIsPlannedForANewDate() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		LocalDate today = clock.today();
		MilestoneView late = add(team, contract, "Visita técnica", today.minusDays(1));
		runAndDeliver();
		assertThat(subjectsTo(team.rep(), contract.number())).hasSize(1);

		fixtures.as(team.clerk(), () -> schedules.update(contract.id(), late.id(), late.version(),
				new MilestoneData(MilestoneType.OTHER, "Visita técnica", today.plusDays(1), null,
						team.rep().username(), null, null)));
		runAndDeliver();

		assertThat(subjectsTo(team.rep(), contract.number())).containsExactly(
				"Hito próximo: Visita técnica del contrato " + contract.number() + " (" + longDate(today.plusDays(1)) + ")");
	}

	@Test
	void leavesMilestonesOfContractsThatAreNoLongerActiveAlone() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		add(team, contract, "Entrega parcial", clock.today().minusDays(12));
		fixtures.cancel(team, contract.id());

		runAndDeliver();

		assertThat(subjectsTo(team.clerk(), contract.number())).isEmpty();
		assertThat(subjectsTo(team.director(), contract.number())).isEmpty();
	}

	@Test
	void writesToEachRecipientInTheirLanguage() throws Exception {
		ContractFixtures.Team team = fixtures.team();
		ContractView contract = fixtures.activeSale(team);
		UserSummary english = fixtures.englishSpeaker(team);
		fixtures.as(team.clerk(), () -> schedules.add(contract.id(), new MilestoneData(MilestoneType.INSPECTION, null,
				clock.today().minusDays(4), null, english.username(), null, null)));

		runAndDeliver();

		assertThat(subjectsTo(english, contract.number()))
			.containsExactly("Milestone late: Inspection of contract " + contract.number());
	}

	private MilestoneView add(ContractFixtures.Team team, ContractView contract, String name, LocalDate plannedDate) {
		return fixtures.as(team.clerk(), () -> schedules.add(contract.id(),
				new MilestoneData(MilestoneType.OTHER, name, plannedDate, null, team.rep().username(), null, null)));
	}

	private void addDone(ContractFixtures.Team team, ContractView contract, String name, LocalDate plannedDate,
			LocalDate actualDate) {
		fixtures.as(team.clerk(), () -> schedules.add(contract.id(), new MilestoneData(MilestoneType.PAYMENT, name,
				plannedDate, actualDate, team.rep().username(), null, null)));
	}

	/** Mail sent before the job ran (approval requests of the test's contracts) is not the job's. */
	private void runAndDeliver() throws MessagingException {
		delivery.deliverNow();
		receivedBefore = new HashSet<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			receivedBefore.add(message.getMessageID());
		}
		job.runNow();
		delivery.deliverNow();
	}

	private List<String> subjectsTo(UserSummary user, String contractNumber) throws MessagingException {
		return messagesTo(user, contractNumber).stream().map(message -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private List<MimeMessage> messagesTo(UserSummary user, String contractNumber) throws MessagingException {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return !receivedBefore.contains(message.getMessageID()) && message.getSubject().contains(contractNumber) && Arrays.stream(message.getAllRecipients())
					.map(Address::toString)
					.anyMatch(user.email()::equals);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String longDate(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(java.util.Locale.forLanguageTag("es")));
	}
}
