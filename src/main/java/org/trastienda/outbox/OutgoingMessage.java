package org.trastienda.outbox;

import java.util.List;
import java.util.stream.Stream;

/**
 * A plain-text e-mail to send, optionally with files attached.
 *
 * @param recipients one or more e-mail addresses
 * @param dedupKey when set, a second message with the same key is never stored (e.g.
 * {@code certificate-expiry:42:30}), so a job that runs twice sends once; may be null
 * @param attachmentFileIds ids of {@link org.trastienda.documents.FileStore} files sent with the
 * message, in order; empty for none
 */
public record OutgoingMessage(List<String> recipients, String subject, String body, String dedupKey,
		List<Long> attachmentFileIds) {

	private static final int MAX_SUBJECT = 300;

	private static final int MAX_RECIPIENTS_TEXT = 4000;

	private static final int MAX_DEDUP_KEY = 200;

	public OutgoingMessage {
		if (recipients == null || recipients.isEmpty()) {
			throw new IllegalArgumentException("a message needs at least one recipient");
		}
		recipients = recipients.stream().map(String::strip).toList();
		if (recipients.stream().anyMatch(recipient -> recipient.isEmpty() || recipient.matches(".*[,;\\s].*"))) {
			throw new IllegalArgumentException("each recipient is one bare e-mail address: " + recipients);
		}
		if (String.join(", ", recipients).length() > MAX_RECIPIENTS_TEXT) {
			throw new IllegalArgumentException("too many recipients for one message: " + recipients.size());
		}
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("a message needs a subject");
		}
		subject = subject.replaceAll("\\s+", " ").strip();
		if (subject.length() > MAX_SUBJECT) {
			subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
		}
		body = body == null ? "" : body;
		if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > MAX_DEDUP_KEY)) {
			throw new IllegalArgumentException("a dedup key has 1 to " + MAX_DEDUP_KEY + " characters");
		}
		attachmentFileIds = attachmentFileIds == null ? List.of() : List.copyOf(attachmentFileIds);
	}

	/** A message without attachments. */
	public OutgoingMessage(List<String> recipients, String subject, String body, String dedupKey) {
		this(recipients, subject, body, dedupKey, List.of());
	}

	/** A message to one recipient, without a dedup key. */
	public static OutgoingMessage to(String recipient, String subject, String body) {
		return new OutgoingMessage(List.of(recipient), subject, body, null);
	}

	/** The same message, stored at most once for the key. */
	public OutgoingMessage withDedupKey(String key) {
		return new OutgoingMessage(recipients, subject, body, key, attachmentFileIds);
	}

	/** The same message with the stored files attached after any it already has. */
	public OutgoingMessage withAttachments(Long... fileIds) {
		return new OutgoingMessage(recipients, subject, body, dedupKey,
				Stream.concat(attachmentFileIds.stream(), Stream.of(fileIds)).toList());
	}
}
