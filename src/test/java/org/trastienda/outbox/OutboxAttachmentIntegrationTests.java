package org.trastienda.outbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;
import org.trastienda.TestSmtp;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.StoredFile;
import org.trastienda.shared.TrastiendaProperties;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OutboxAttachmentIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SERVER);

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxDeliveryJob job;

	@Autowired
	FileStore files;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TrastiendaProperties properties;

	@Test
	void sendsTheStoredFilesAttachedToTheMessageInOrder() throws Exception {
		StoredFile first = store("informe de situación.txt", "Primera línea del informe " + UUID.randomUUID());
		StoredFile second = store("anexo.txt", "Anexo " + UUID.randomUUID());
		String subject = "Informe con adjuntos " + UUID.randomUUID();
		transactions.executeWithoutResult(status -> outbox.enqueue(
				OutgoingMessage.to("cliente@example.test", subject, "Adjuntamos el informe.")
					.withAttachments(first.id(), second.id())));

		job.deliverNow();

		assertThat(stored(subject).status()).isEqualTo(OutboxStatus.SENT);
		Multipart parts = (Multipart) received(subject).getContent();
		assertThat(parts.getCount()).isEqualTo(3);
		assertThat(parts.getBodyPart(0).getContent().toString()).contains("Adjuntamos el informe.");
		BodyPart attached = parts.getBodyPart(1);
		assertThat(attached.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(attached.getFileName()).isEqualTo("informe de situación.txt");
		assertThat(new String(attached.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
			.startsWith("Primera línea del informe");
		assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("anexo.txt");
	}

	@Test
	void keepsPlainMessagesWithoutAttachmentsAsSinglePartText() throws Exception {
		String subject = "Sin adjuntos " + UUID.randomUUID();
		transactions.executeWithoutResult(status -> outbox.enqueue(
				new OutgoingMessage(List.of("cliente@example.test"), subject, "Solo texto.", null)));

		job.deliverNow();

		assertThat(received(subject).getContent()).isInstanceOf(String.class);
	}

	@Test
	void failsAtOnceWhenAnAttachedFileCanNoLongerBeRead() throws Exception {
		StoredFile lost = store("perdido.txt", "Contenido que desaparece " + UUID.randomUUID());
		Files.delete(properties.dataDir().resolve("files").resolve(lost.sha256().substring(0, 2)).resolve(lost.sha256()));
		String subject = "Adjunto perdido " + UUID.randomUUID();
		transactions.executeWithoutResult(status -> outbox.enqueue(
				OutgoingMessage.to("cliente@example.test", subject, "Texto").withAttachments(lost.id())));

		job.deliverNow();

		OutboxMessageView failed = stored(subject);
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.lastError()).contains("attachment unavailable");
	}

	private StoredFile store(String filename, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		return transactions.execute(status -> files.store(filename, bytes.length, new ByteArrayInputStream(bytes)));
	}

	private OutboxMessageView stored(String subject) {
		return outbox.search(null, subject, PageRequest.of(0, 5)).getContent().stream().findFirst().orElseThrow();
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
