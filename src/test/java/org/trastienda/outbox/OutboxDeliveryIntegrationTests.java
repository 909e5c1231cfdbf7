package org.trastienda.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;
import org.trastienda.TestSmtp;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class OutboxDeliveryIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SERVER);

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxDeliveryJob job;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deliversAPendingMessageAndMarksItSent() throws Exception {
		String subject = unique("Certificado a punto de caducar");
		transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingMessage(
				List.of("ana@example.test", "luis@example.test"), subject, "Hola:\nel certificado caduca el día 30.", null)));
		assertThat(stored(subject).status()).isEqualTo(OutboxStatus.PENDING);

		job.deliverNow();

		OutboxMessageView sent = stored(subject);
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.sentAt()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
		assertThat(sent.attempts()).isEqualTo(1);
		MimeMessage received = received(subject);
		assertThat(received.getFrom()[0]).hasToString("trastienda@localhost");
		assertThat(Arrays.stream(received.getRecipients(Message.RecipientType.TO)).map(Object::toString))
			.containsExactly("ana@example.test", "luis@example.test");
		assertThat(GreenMailUtil.getBody(received)).contains("caduca el d");
		assertThat(received.getContent().toString().strip()).isEqualTo("Hola:\r\nel certificado caduca el día 30.");
	}

	@Test
	void keepsTheMessageAndSchedulesARetryWhileSmtpIsDownThenDeliversIt() throws Exception {
		smtp.stop();
		String subject = unique("Aviso con el servidor caído");
		transactions.executeWithoutResult(status -> outbox.enqueue(OutgoingMessage.to("ana@example.test", subject, "Texto")));

		Instant attempted = Instant.now();
		deliverUntilAttempted(subject);

		OutboxMessageView waiting = stored(subject);
		assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).contains("Connect").doesNotContain("\n").doesNotContain("\tat ");
		assertThat(waiting.nextAttemptAt()).isCloseTo(attempted.plus(Duration.ofMinutes(1)), within(Duration.ofSeconds(30)));

		smtp.start();
		job.deliverNow();
		assertThat(stored(subject).status()).as("not due before its back-off ends").isEqualTo(OutboxStatus.PENDING);

		comesDue(subject);
		job.deliverNow();

		assertThat(stored(subject).status()).isEqualTo(OutboxStatus.SENT);
		assertThat(stored(subject).lastError()).isNull();
		assertThat(received(subject)).isNotNull();
	}

	@Test
	void givesUpAfterTenFailedAttempts() {
		smtp.stop();
		String subject = unique("Mensaje que nunca sale");
		transactions.executeWithoutResult(status -> outbox.enqueue(OutgoingMessage.to("ana@example.test", subject, "Texto")));
		deliverUntilAttempted(subject);

		for (int attempt = 2; attempt <= 10; attempt++) {
			assertThat(stored(subject).status()).isEqualTo(OutboxStatus.PENDING);
			comesDue(subject);
			deliverUntilAttempted(subject, attempt);
		}

		OutboxMessageView failed = stored(subject);
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(10);
		assertThat(failed.lastError()).isNotBlank();
	}

	@Test
	void storesAMessageWithAKnownDedupKeyOnlyOnceWithoutSpoilingTheTransaction() {
		String key = "expiry:" + UUID.randomUUID();
		String first = unique("Primero");
		String second = unique("Segundo");
		String after = unique("Después del duplicado");

		List<Boolean> stored = transactions.execute(status -> List.of(
				outbox.enqueue(OutgoingMessage.to("ana@example.test", first, "uno").withDedupKey(key)),
				outbox.enqueue(OutgoingMessage.to("ana@example.test", second, "dos").withDedupKey(key)),
				outbox.enqueue(OutgoingMessage.to("ana@example.test", after, "tres"))));
		boolean again = transactions.execute(
				status -> outbox.enqueue(OutgoingMessage.to("ana@example.test", second, "dos").withDedupKey(key)));

		assertThat(stored).containsExactly(true, false, true);
		assertThat(again).isFalse();
		assertThat(stored(first).dedupKey()).isEqualTo(key);
		assertThat(outbox.search(null, second, PageRequest.of(0, 5)).getTotalElements()).isZero();
		assertThat(stored(after).status()).isEqualTo(OutboxStatus.PENDING);
	}

	@Test
	void storesNothingWhenTheCausingTransactionRollsBack() {
		String subject = unique("Nunca confirmado");

		transactions.executeWithoutResult(status -> {
			outbox.enqueue(OutgoingMessage.to("ana@example.test", subject, "Texto"));
			status.setRollbackOnly();
		});

		assertThat(outbox.search(null, subject, PageRequest.of(0, 5)).getTotalElements()).isZero();
	}

	@Test
	void retriesAFailedMessageAtOnceWhenAskedTo() {
		String subject = unique("Reintento manual");
		transactions.executeWithoutResult(status -> outbox.enqueue(OutgoingMessage.to("ana@example.test", subject, "Texto")));
		long id = stored(subject).id();
		jdbc.sql("UPDATE outbox_message SET status = 'FAILED', attempts = 10, last_error = 'caído' WHERE id = ?")
			.param(id)
			.update();

		OutboxMessageView retried = outbox.retryNow(id);

		assertThat(retried.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(smtp.getReceivedMessages()).anySatisfy(message -> assertThat(message.getSubject()).isEqualTo(subject));
	}

	@Test
	void waitsOneTwoFourMinutesAndSoOnButNeverMoreThanAnHour() {
		assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 10).stream().map(MailDelivery::waitAfter).map(Duration::toMinutes))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
	}

	@Test
	void describesAFailureOnOneShortLine() {
		String described = MailDelivery.describe(new IllegalStateException("outer\nline", new RuntimeException("x".repeat(2000))));

		assertThat(described).startsWith("IllegalStateException: outer line / RuntimeException: xxx").hasSize(1000).endsWith("…");
	}

	private static String unique(String subject) {
		return subject + " " + UUID.randomUUID();
	}

	private OutboxMessageView stored(String subject) {
		return outbox.search(null, subject, PageRequest.of(0, 5)).getContent().stream().findFirst().orElseThrow();
	}

	/**
	 * A run stops at the first message the unreachable server refuses, and older messages of other
	 * tests may come first: run until this one has been tried.
	 */
	private void deliverUntilAttempted(String subject) {
		deliverUntilAttempted(subject, 1);
	}

	private void deliverUntilAttempted(String subject, int attempts) {
		for (int run = 0; run < 1000 && stored(subject).attempts() < attempts; run++) {
			job.deliverNow();
		}
		assertThat(stored(subject).attempts()).isEqualTo(attempts);
	}

	/** Time passes: the message's next attempt is now due. */
	private void comesDue(String subject) {
		jdbc.sql("UPDATE outbox_message SET next_attempt_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), stored(subject).id())
			.update();
	}

	private MimeMessage received(String subject) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (subject.equals(message.getSubject())) {
				return message;
			}
		}
		throw new AssertionError("no message received with subject " + subject);
	}
}
