package org.trastienda.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.NotFoundException;

/** The one way the application sends e-mail, and what the back office sees of it. Reads and writes {@code outbox_message}. */
@Service
public class Outbox {

	/** The properties a list of messages may be sorted by. */
	public static final Set<String> SORTABLE = OutboxMessages.SORTABLE.keySet();

	private final OutboxMessages messages;

	private final MailDelivery delivery;

	private final AuditTrail audit;

	private final UserDirectory users;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Outbox(OutboxMessages messages, MailDelivery delivery, AuditTrail audit, UserDirectory users,
			TransactionTemplate transactions, Clock clock) {
		this.messages = messages;
		this.delivery = delivery;
		this.audit = audit;
		this.users = users;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Stores the message for delivery in the caller's transaction, so it is sent only if the caller
	 * commits. Returns false, storing nothing and leaving the transaction usable, when a message
	 * with the same dedup key already exists.
	 */
	@Transactional
	public boolean enqueue(OutgoingMessage message) {
		return messages.insert(message, clock.instant());
	}

	/** A page of messages in the status (null: any) whose recipients or subject contain the text (null: any). */
	@Transactional(readOnly = true)
	public Page<OutboxMessageView> search(OutboxStatus status, String text, Pageable pageable) {
		return messages.search(status, text, pageable);
	}

	/** Whether messages are being delivered ({@code spring.mail.host} is set), or wait in the outbox. */
	public boolean mailServerConfigured() {
		return delivery.configured();
	}

	@Transactional(readOnly = true)
	public OutboxMessageView get(long id) {
		return messages.find(id).orElseThrow(() -> new NotFoundException("OutboxMessage", id));
	}

	/**
	 * Makes a pending or failed message due now (recorded in the audit trail) and, when a mail
	 * server is configured, tries it at once. Returns the message as it stands afterwards.
	 *
	 * @throws BusinessRuleException when the message was already sent
	 */
	public OutboxMessageView retryNow(long id) {
		transactions.executeWithoutResult(transaction -> {
			OutboxMessageView message = get(id);
			Instant now = clock.instant();
			if (!messages.makeDue(id, now)) {
				throw new BusinessRuleException("outbox.retry.alreadySent");
			}
			audit.record("OutboxMessage", id, null, "RETRY", message.subject(),
					users.current().map(CurrentUser::username).orElse("system"),
					new Changes().field("status", message.status(), OutboxStatus.PENDING)
						.field("nextAttemptAt", message.nextAttemptAt(), now)
						.list());
		});
		delivery.deliver(id);
		return get(id);
	}
}
