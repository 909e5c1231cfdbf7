package org.trastienda.outbox;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.OpenedFile;
import org.trastienda.shared.NotFoundException;

/**
 * Sends due messages through SMTP, one transaction per message holding its row, so a message is
 * marked sent exactly when the server took it. A failure is recorded on the message and retried
 * after 1, 2, 4 … minutes (at most an hour), until {@code max-attempts}; a message the server can
 * never take (a malformed address) fails at once. Without {@code spring.mail.host} nothing is
 * sent and messages wait.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private static final int MAX_ERROR = 1000;

	enum Outcome {
		SENT, RETRY_LATER, FAILED, SERVER_UNREACHABLE, NOT_DUE, NO_SERVER
	}

	private final OutboxMessages messages;

	private final FileStore files;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final OutboxProperties settings;

	private final String from;

	MailDelivery(OutboxMessages messages, FileStore files, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transactions,
			Clock clock, OutboxProperties settings, SenderProperties sender) {
		this.messages = messages;
		this.files = files;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
		this.from = sender.from();
	}

	boolean configured() {
		return mailSender.getIfAvailable() != null;
	}

	/** Delivers every due message, batch after batch; stops early when the server cannot be reached. */
	int deliverDue() {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.debug("No mail server configured (spring.mail.host): messages wait in the outbox");
			return 0;
		}
		Set<Long> tried = new HashSet<>();
		int sent = 0;
		while (true) {
			List<Long> batch = messages.dueIds(clock.instant(), settings.batchSize()).stream().filter(tried::add).toList();
			if (batch.isEmpty()) {
				return sent;
			}
			for (Long id : batch) {
				Outcome outcome = deliver(sender, id);
				if (outcome == Outcome.SENT) {
					sent++;
				}
				else if (outcome == Outcome.SERVER_UNREACHABLE) {
					return sent;
				}
			}
		}
	}

	/** Tries one message now, if it is due. */
	Outcome deliver(long id) {
		JavaMailSender sender = mailSender.getIfAvailable();
		return sender == null ? Outcome.NO_SERVER : deliver(sender, id);
	}

	/** Opens the attachments first, outside the transaction: a missing file must not spoil it. */
	private Outcome deliver(JavaMailSender sender, long id) {
		Attachments attachments = attachments(id);
		return transactions.execute(transaction -> messages.lockIfDue(id, clock.instant())
			.map(message -> send(sender, message, attachments))
			.orElse(Outcome.NOT_DUE));
	}

	private Outcome send(JavaMailSender sender, OutboxMessageView message, Attachments attachments) {
		try {
			sender.send(mime(sender, message, attachments.require()));
			messages.markSent(message.id(), clock.instant());
			return Outcome.SENT;
		}
		catch (MessagingException | MailParseException | MailPreparationException unsendable) {
			return recordFailure(message, unsendable, true);
		}
		catch (MailException failure) {
			return recordFailure(message, failure, false);
		}
	}

	private MimeMessage mime(JavaMailSender sender, OutboxMessageView message, List<OpenedFile> attachments)
			throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = attachments.isEmpty() ? new MimeMessageHelper(mime, StandardCharsets.UTF_8.name())
				: new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(message.recipients().toArray(String[]::new));
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
		for (OpenedFile attachment : attachments) {
			helper.addAttachment(attachment.file().filename(), attachment.content(), attachment.file().contentType());
		}
		return mime;
	}

	/** The files of a message, or why one of them cannot be read (which makes the message unsendable). */
	private record Attachments(List<OpenedFile> files, MailPreparationException unavailable) {

		List<OpenedFile> require() {
			if (unavailable != null) {
				throw unavailable;
			}
			return files;
		}
	}

	private Attachments attachments(long messageId) {
		try {
			return new Attachments(messages.attachmentFileIds(messageId).stream().map(files::open).toList(), null);
		}
		catch (NotFoundException | IllegalStateException missing) {
			return new Attachments(List.of(),
					new MailPreparationException("attachment unavailable: " + missing.getMessage(), missing));
		}
	}

	private Outcome recordFailure(OutboxMessageView message, Exception failure, boolean permanent) {
		int attempts = message.attempts() + 1;
		boolean giveUp = permanent || attempts >= settings.maxAttempts();
		String error = describe(failure);
		messages.markFailed(message.id(), attempts, error, giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING,
				clock.instant().plus(waitAfter(attempts)));
		log.warn("Outbox message {} not delivered (attempt {}{}): {}", message.id(), attempts,
				giveUp ? ", given up" : "", error);
		if (unreachable(failure)) {
			return Outcome.SERVER_UNREACHABLE;
		}
		return giveUp ? Outcome.FAILED : Outcome.RETRY_LATER;
	}

	/** 1, 2, 4 … minutes after the first, second, third … failure, never more than an hour. */
	static Duration waitAfter(int attempts) {
		int doublings = Math.min(attempts - 1, 6);
		Duration wait = Duration.ofMinutes(1L << doublings);
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	private static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketException || cause instanceof SocketTimeoutException
					|| cause instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	/** The failure's chain of messages on one line, without stack traces, cut to fit the column. */
	static String describe(Throwable failure) {
		Set<String> parts = new LinkedHashSet<>();
		for (Throwable cause = failure; cause != null && parts.size() < 4; cause = cause.getCause()) {
			parts.add(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
		}
		String text = String.join(" / ", parts).replaceAll("\\s+", " ").strip();
		return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
	}
}
