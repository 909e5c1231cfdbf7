package org.trastienda.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutgoingMessage;
import org.trastienda.shared.TrastiendaProperties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * On the first of each month ({@code trastienda.reports.pack-cron}, 06:00 in
 * {@code trastienda.reports.zone}) e-mails the previous month's contract statistics as PDF and XLSX:
 * the whole company's, by region, to each sales director; a region's, by sales rep, to each of its
 * regional managers (a manager who is also a director gets the company's). Each in the
 * recipient's language, through the outbox, once per month and recipient (dedup key), on one app
 * instance at a time (ShedLock). A pack is made once per month, scope and language and kept in
 * {@code contract_report_pack}: whoever receives it later gets the same figures.
 */
@Component
public class ContractReportPackJob {

	private static final Logger log = LoggerFactory.getLogger(ContractReportPackJob.class);

	private final ContractStatistics statistics;

	private final ContractStatisticsExports exports;

	private final FileStore files;

	private final Outbox outbox;

	private final UserDirectory directory;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TrastiendaProperties application;

	private final Clock clock;

	ContractReportPackJob(ContractStatistics statistics, ContractStatisticsExports exports, FileStore files,
			Outbox outbox, UserDirectory directory, MessageSource messages, JdbcClient jdbc,
			TransactionTemplate transactions, TrastiendaProperties application, Clock clock) {
		this.statistics = statistics;
		this.exports = exports;
		this.files = files;
		this.outbox = outbox;
		this.directory = directory;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.application = application;
		this.clock = clock;
	}

	/** Who gets which pack: the scope of the figures and how they are grouped. */
	private record Recipient(UserSummary user, DataScope scope, Grouping grouping) {

		String scopeKey() {
			return scope.kind() == DataScope.Kind.ALL ? "ALL" : "REGION:" + scope.regionId();
		}

		Locale locale() {
			return Locale.forLanguageTag("en".equals(user.language()) ? "en" : "es");
		}
	}

	/** The two stored files of a pack. */
	private record Pack(long pdfFileId, long xlsxFileId) {
	}

	@Scheduled(cron = "${trastienda.reports.pack-cron:0 0 6 1 * *}", zone = "${trastienda.reports.zone:Europe/Madrid}")
	@SchedulerLock(name = "contract-report-pack", lockAtMostFor = "PT1H")
	public void runOnSchedule() {
		send(YearMonth.from(statistics.today()).minusMonths(1));
	}

	/** Sends the month's pack to every director and regional manager who has not had it; returns how many messages were queued. */
	public int send(YearMonth month) {
		int queued = 0;
		for (Recipient recipient : recipients()) {
			try {
				Boolean sent = transactions.execute(status -> send(month, recipient));
				queued += Boolean.TRUE.equals(sent) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.error("Report pack {} for {} not sent", month, recipient.user().username(), ex);
			}
		}
		return queued;
	}

	private boolean send(YearMonth month, Recipient recipient) {
		Locale locale = recipient.locale();
		Period period = Period.month(month);
		String periodLabel = statistics.label(period, locale);
		String scopeName = recipient.scope().kind() == DataScope.Kind.ALL
				? messages.getMessage("reporting.stats.scope.ALL", null, locale)
				: directory.findRegionById(recipient.scope().regionId()).map(RegionView::name).orElse("");
		String link = application.link(
				"/reports/contracts?period=" + period.value() + "&groupBy=" + recipient.grouping().value());
		Pack pack = existing(month, recipient).orElseGet(() -> make(month, recipient, period));
		return outbox.enqueue(new OutgoingMessage(List.of(recipient.user().email()),
				messages.getMessage("reporting.pack.subject", new Object[] { periodLabel, scopeName }, locale),
				messages.getMessage("reporting.pack.body", new Object[] { recipient.user().fullName(), periodLabel,
						scopeName, statistics.label(period.previous(), locale), link }, locale),
				"contract-report-pack:%s:%d".formatted(month, recipient.user().id()))
			.withAttachments(pack.pdfFileId(), pack.xlsxFileId()));
	}

	private Optional<Pack> existing(YearMonth month, Recipient recipient) {
		return jdbc.sql("""
				SELECT pdf_file_id, xlsx_file_id FROM contract_report_pack
				WHERE pack_month = ? AND scope = ? AND language = ?""")
			.params(month.toString(), recipient.scopeKey(), recipient.locale().getLanguage())
			.query((rs, row) -> new Pack(rs.getLong("pdf_file_id"), rs.getLong("xlsx_file_id")))
			.optional();
	}

	private Pack make(YearMonth month, Recipient recipient, Period period) {
		Locale locale = recipient.locale();
		ContractStatisticsView view = statistics.report(recipient.scope(), period, recipient.grouping(), locale);
		byte[] pdf = exports.pdf(view, locale);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		exports.spreadsheet(view, locale, SpreadsheetFormat.XLSX, xlsx);
		long pdfId = store(exports.filename(view, locale, "pdf"), pdf);
		long xlsxId = store(exports.filename(view, locale, "xlsx"), xlsx.toByteArray());
		jdbc.sql("""
				INSERT INTO contract_report_pack (pack_month, scope, language, pdf_file_id, xlsx_file_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(month.toString(), recipient.scopeKey(), locale.getLanguage(), pdfId, xlsxId,
					Timestamp.from(clock.instant()))
			.update();
		return new Pack(pdfId, xlsxId);
	}

	private long store(String filename, byte[] content) {
		return files.store(filename, content.length, new ByteArrayInputStream(content)).id();
	}

	/** Enabled directors, then regional managers with a region who are not directors; each with an e-mail address, once. */
	private List<Recipient> recipients() {
		Map<Long, Recipient> recipients = new LinkedHashMap<>();
		directory.withRole(Role.SALES_DIRECTOR, null).stream()
			.filter(ContractReportPackJob::reachable)
			.forEach(user -> recipients.putIfAbsent(user.id(), new Recipient(user, DataScope.all(), Grouping.REGION)));
		directory.withRole(Role.REGIONAL_MANAGER, null).stream()
			.filter(user -> reachable(user) && user.regionId() != null)
			.forEach(user -> recipients.putIfAbsent(user.id(),
					new Recipient(user, DataScope.region(user.regionId()), Grouping.OWNER)));
		return List.copyOf(recipients.values());
	}

	private static boolean reachable(UserSummary user) {
		return user.enabled() && user.email() != null && !user.email().isBlank();
	}
}
