package org.trastienda.execution;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.ContactView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerView;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.PdfRenderer;
import org.trastienda.documents.StoredFile;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutgoingMessage;
import org.trastienda.shared.InvalidInputException;

/**
 * The customer-facing status report of a contract: the contract, its lines and totals, its
 * milestones with what is done and what comes next — never internal notes nor who is responsible —
 * as a PDF in the party's billing language (Spanish unless it is English). It can be downloaded by
 * whoever sees the contract, and sent to a contact of the party or any address through the outbox
 * by the back office, the administrator and sales reps; a send is recorded on the party's timeline.
 */
@Service
@Transactional
public class StatusReports {

	static final String TEMPLATE = "execution/status-report";

	static final String ENTITY = "Contract";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private static final int MAX_EMAIL = 200;

	private final Contracts contracts;

	private final CustomerArchive archive;

	private final ScheduleEditor schedules;

	private final MilestoneViews views;

	private final PdfRenderer renderer;

	private final FileStore files;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final UserDirectory users;

	private final MessageSource messages;

	private final ScheduleClock clock;

	StatusReports(Contracts contracts, CustomerArchive archive, ScheduleEditor schedules, MilestoneViews views,
			PdfRenderer renderer, FileStore files, Outbox outbox, AuditTrail audit, UserDirectory users,
			MessageSource messages, ScheduleClock clock) {
		this.contracts = contracts;
		this.archive = archive;
		this.schedules = schedules;
		this.views = views;
		this.renderer = renderer;
		this.files = files;
		this.outbox = outbox;
		this.audit = audit;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	/** The report of a contract in the caller's scope, as of today. */
	@Transactional(readOnly = true)
	public StatusReport render(Long contractId) {
		ContractView contract = contracts.get(contractId);
		return render(contract, archive.get(contract.partyId()));
	}

	/**
	 * Sends the report to the party's contact {@code contactId} or to {@code email} (exactly one of
	 * them): the PDF is stored and attached to an outbox message in the party's language.
	 *
	 * @throws InvalidInputException on {@code contactId} or {@code email}: neither or both given, a
	 * contact without e-mail, an invalid address
	 */
	public StatusReportSent send(Long contractId, Long contactId, String email) {
		CurrentUser sender = users.requireCurrent();
		if (!maySend()) {
			throw new AccessDeniedException("may not send status reports");
		}
		ContractView contract = contracts.get(contractId);
		CustomerView party = archive.get(contract.partyId());
		String recipient = recipient(party.id(), contactId, email);
		StatusReport report = render(contract, party);
		StoredFile stored = files.store(report.filename(), report.content().length,
				new ByteArrayInputStream(report.content()));
		Locale locale = Locale.forLanguageTag(report.language());
		String date = new ReportFormat(locale).date(clock.today());
		Object[] arguments = { contract.number(), contract.title(), date, sender.fullName() };
		outbox.enqueue(OutgoingMessage.to(recipient, messages.getMessage("execution.report.subject", arguments, locale),
				messages.getMessage("execution.report.body", arguments, locale))
			.withAttachments(stored.id()));
		audit.record(ENTITY, contract.id(), party.id(), "STATUS_REPORT_SENT",
				messages.getMessage("execution.report.sent", new Object[] { recipient }, LocaleContextHolder.getLocale())
						+ " · " + contract.number(),
				sender.username(), new Changes().created("recipient", recipient)
					.created("language", report.language())
					.created("file", stored.filename())
					.list());
		return new StatusReportSent(contract.id(), recipient, report.language(), stored.id(), stored.filename());
	}

	/** The contacts of the contract's party the report can be sent to: those with an e-mail address. */
	@Transactional(readOnly = true)
	public List<ContactView> recipients(Long contractId) {
		return archive.contacts(contracts.get(contractId).partyId()).stream()
			.filter(contact -> contact.email() != null && !contact.email().isBlank())
			.toList();
	}

	/** Whether the signed-in user may send status reports (back office, administrator, sales reps). */
	public boolean maySend() {
		return users.current().map(user -> user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN, Role.SALES_REP)).orElse(false);
	}

	private StatusReport render(ContractView contract, CustomerView party) {
		String language = party.billing() != null && "en".equals(party.billing().language()) ? "en" : "es";
		Locale locale = Locale.forLanguageTag(language);
		List<MilestoneView> milestones = schedules.find(contract)
			.map(scheduled -> views.schedule(contract, schedules.milestones(contract.id())).milestones())
			.orElse(List.of());
		LocalDate today = clock.today();
		Map<String, Object> model = Map.of("contract", contract, "party", party, "milestones", milestones,
				"done", milestones.stream().filter(MilestoneView::done).toList(),
				"upcoming", milestones.stream().filter(milestone -> !milestone.done()).toList(), "today", today,
				"format", new ReportFormat(locale));
		String filename = messages.getMessage("execution.report.filename", new Object[] { contract.number() }, locale);
		return new StatusReport(filename, language, renderer.render(TEMPLATE, model, locale));
	}

	private String recipient(Long partyId, Long contactId, String email) {
		String address = email == null || email.isBlank() ? null : email.strip();
		if (contactId == null && address == null) {
			throw invalid("contactId", "execution.error.required");
		}
		if (contactId != null && address != null) {
			throw invalid("email", "execution.error.recipient");
		}
		if (contactId != null) {
			ContactView contact = archive.contact(partyId, contactId);
			if (contact.email() == null || contact.email().isBlank()) {
				throw invalid("contactId", "execution.error.contactWithoutEmail", contact.name());
			}
			return contact.email();
		}
		if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
			throw invalid("email", "execution.error.email");
		}
		return address;
	}

	private static InvalidInputException invalid(String field, String key, Object... more) {
		return new InvalidInputException(FieldErrors.of(field, key, more));
	}
}
