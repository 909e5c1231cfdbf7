package org.trastienda.customers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutgoingMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every day ({@code trastienda.certificates.expiry-cron} in {@code expiry-zone}) e-mails the owner
 * and the back office about each certificate of a non-archived customer that expires within
 * {@code expiry-days}: once per certificate and threshold ({@code certificate_expiry_notice}),
 * on one app instance at a time (ShedLock). Reads {@code customer_certificate} and {@code customer}.
 */
@Component
public class CertificateExpiryJob {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final UserDirectory directory;

	private final MessageSource messages;

	private final ExpiryPolicy expiry;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CertificateExpiryJob(JdbcClient jdbc, Outbox outbox, UserDirectory directory, MessageSource messages,
			ExpiryPolicy expiry, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.directory = directory;
		this.messages = messages;
		this.expiry = expiry;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Expiring(Long certificateId, String type, String number, String issuer, LocalDate expiresOn,
			String customerCode, String customerName, Long ownerId) {
	}

	@Scheduled(cron = "${trastienda.certificates.expiry-cron:0 0 7 * * *}",
			zone = "${trastienda.certificates.expiry-zone:Europe/Madrid}")
	@SchedulerLock(name = "certificate-expiry", lockAtMostFor = "PT30M")
	public void runOnSchedule() {
		runNow();
	}

	/** Sends the warnings due today, now; returns how many certificates were warned about. */
	public int runNow() {
		return transactions.execute(status -> {
			List<UserSummary> backOffice = directory.withRole(Role.BACK_OFFICE, null);
			List<Expiring> due = due();
			for (Expiring certificate : due) {
				warn(certificate, backOffice);
			}
			return due.size();
		});
	}

	private List<Expiring> due() {
		LocalDate today = expiry.today();
		return jdbc.sql("""
				SELECT cc.id, cc.type, cc.number, cc.issuer, cc.expires_on, c.code, c.legal_name, c.owner_id
				FROM customer_certificate cc
				JOIN customer c ON c.id = cc.customer_id
				WHERE cc.expires_on >= :today AND cc.expires_on <= :horizon AND c.status <> 'ARCHIVED'
				  AND NOT EXISTS (SELECT 1 FROM certificate_expiry_notice n
				                  WHERE n.certificate_id = cc.id AND n.threshold_days = :days)
				ORDER BY cc.expires_on, cc.id""")
			.param("today", today)
			.param("horizon", expiry.warningHorizon())
			.param("days", expiry.thresholdDays())
			.query((rs, row) -> new Expiring(rs.getLong("id"), rs.getString("type"), rs.getString("number"),
					rs.getString("issuer"), rs.getObject("expires_on", LocalDate.class), rs.getString("code"),
					rs.getString("legal_name"), rs.getObject("owner_id", Long.class)))
			.list();
	}

	private void warn(Expiring certificate, List<UserSummary> backOffice) {
		List<UserSummary> recipients = new ArrayList<>(backOffice);
		directory.findById(certificate.ownerId())
			.filter(owner -> recipients.stream().noneMatch(user -> user.id().equals(owner.id())))
			.ifPresent(recipients::add);
		for (UserSummary recipient : recipients) {
			if (recipient.enabled() && recipient.email() != null && !recipient.email().isBlank()) {
				outbox.enqueue(message(certificate, recipient));
			}
		}
		jdbc.sql("INSERT INTO certificate_expiry_notice (certificate_id, threshold_days, sent_at) VALUES (?, ?, ?)")
			.params(certificate.certificateId(), expiry.thresholdDays(), Timestamp.from(clock.instant()))
			.update();
	}

	private OutgoingMessage message(Expiring certificate, UserSummary recipient) {
		Locale locale = Locale.forLanguageTag("en".equals(recipient.language()) ? "en" : "es");
		String expiresOn = certificate.expiresOn()
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		long daysLeft = ChronoUnit.DAYS.between(expiry.today(), certificate.expiresOn());
		Object[] arguments = { certificate.type(), certificate.customerName(), certificate.customerCode(), expiresOn,
				daysLeft, certificate.number() == null ? "—" : certificate.number(),
				certificate.issuer() == null ? "—" : certificate.issuer() };
		return new OutgoingMessage(List.of(recipient.email()),
				messages.getMessage("customers.expiry.subject", arguments, locale),
				messages.getMessage("customers.expiry.body", arguments, locale),
				"certificate-expiry:%d:%s:%d:%d".formatted(certificate.certificateId(), certificate.expiresOn(),
						expiry.thresholdDays(), recipient.id()));
	}
}
