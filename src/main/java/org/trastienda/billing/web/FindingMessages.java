package org.trastienda.billing.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.trastienda.billing.Finding;
import org.trastienda.billing.FindingCode;
import org.trastienda.billing.Severity;

/** Findings as clients read them: their code, severity, line and message in the caller's language. */
@Component
class FindingMessages {

	/** One finding as the API shows it. */
	record FindingResponse(FindingCode code, Severity severity, Long lineId, String message) {
	}

	private final MessageSource messages;

	FindingMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<FindingResponse> of(List<Finding> findings) {
		return findings.stream()
			.map(finding -> new FindingResponse(finding.code(), finding.severity(), finding.lineId(),
					messages.getMessage(finding.messageKey(), finding.arguments().toArray(),
							LocaleContextHolder.getLocale())))
			.toList();
	}
}
