package org.trastienda.approvals;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutgoingMessage;
import org.trastienda.shared.TrastiendaProperties;

/**
 * Tells everyone who may decide a new request, by one e-mail each through the outbox, in their
 * language, with a link to the request; stored in the requesting transaction and at most once per
 * request and user.
 */
@Component
class ApproverNotifications {

	private final UserDirectory directory;

	private final Outbox outbox;

	private final MessageSource messages;

	private final TrastiendaProperties properties;

	ApproverNotifications(UserDirectory directory, Outbox outbox, MessageSource messages,
			TrastiendaProperties properties) {
		this.directory = directory;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	/** E-mails the request to its approvers; returns how many were written to. */
	int announce(ApprovalRequest request) {
		String author = directory.findByUsername(request.getAuthorUsername())
			.map(UserSummary::fullName)
			.orElse(request.getAuthorUsername());
		List<UserSummary> approvers = approvers(request);
		for (UserSummary approver : approvers) {
			outbox.enqueue(message(request, approver, author));
		}
		return approvers.size();
	}

	/** The enabled users with an e-mail address who may decide the request, the author excepted. */
	List<UserSummary> approvers(ApprovalRequest request) {
		Map<Long, UserSummary> approvers = new LinkedHashMap<>();
		for (Role role : request.getAllowedRoles()) {
			boolean regional = request.limitsToRegion(role);
			if (regional && request.getRegionId() == null) {
				continue;
			}
			directory.withRole(role, regional ? request.getRegionId() : null).stream()
				.filter(user -> !user.username().equals(request.getAuthorUsername()))
				.filter(user -> user.email() != null && !user.email().isBlank())
				.forEach(user -> approvers.putIfAbsent(user.id(), user));
		}
		return List.copyOf(approvers.values());
	}

	private OutgoingMessage message(ApprovalRequest request, UserSummary approver, String author) {
		Locale locale = Locale.forLanguageTag("en".equals(approver.language()) ? "en" : "es");
		String type = messages.getMessage("approvals.subjectType." + request.getSubjectType(), null,
				request.getSubjectType(), locale);
		Object[] arguments = { request.getSubjectReference(), type, author, request.getSummary(),
				amount(request.getAmount(), request.getCurrency(), locale),
				properties.link("/approvals/" + request.getId()) };
		return new OutgoingMessage(List.of(approver.email()),
				messages.getMessage("approvals.mail.subject", arguments, locale),
				messages.getMessage("approvals.mail.body", arguments, locale),
				"approval-request:%d:%d".formatted(request.getId(), approver.id()));
	}

	private static String amount(BigDecimal amount, String currency, Locale locale) {
		if (amount == null) {
			return "—";
		}
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMinimumFractionDigits(2);
		number.setMaximumFractionDigits(2);
		return number.format(amount) + " " + currency;
	}
}
