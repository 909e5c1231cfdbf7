package org.trastienda.execution;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutgoingMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every day ({@code trastienda.milestones.alert-cron}, 07:30 in {@code trastienda.milestones.zone})
 * warns about open milestones: due soon and late ones to the responsible user and the back office;
 * after {@code regional-manager-after-days} (3) days late to the regional managers of the contract's
 * region, after {@code sales-director-after-days} (10) to the sales directors. Each level once per
 * milestone and planned date ({@code milestone_alert}), through the outbox, one milestone per
 * transaction, on one app instance at a time (ShedLock). Reads {@code milestone} and
 * {@code execution_schedule}.
 */
@Component
public class MilestoneAlertJob {

	private static final Logger log = LoggerFactory.getLogger(MilestoneAlertJob.class);

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final UserDirectory directory;

	private final MessageSource messages;

	private final ScheduleClock today;

	private final MilestoneProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MilestoneAlertJob(JdbcClient jdbc, Outbox outbox, UserDirectory directory, MessageSource messages,
			ScheduleClock today, MilestoneProperties properties, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.directory = directory;
		this.messages = messages;
		this.today = today;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** An open milestone planned up to the due-soon horizon, with what the messages say of its contract. */
	record OpenMilestone(Long id, MilestoneType type, String name, LocalDate plannedDate, Long responsibleUserId,
			Long contractId, String contractNumber, String contractTitle, String regionCode) {
	}

	@Scheduled(cron = "${trastienda.milestones.alert-cron:0 30 7 * * *}",
			zone = "${trastienda.milestones.zone:Europe/Madrid}")
	@SchedulerLock(name = "milestone-alerts", lockAtMostFor = "PT30M")
	public void runOnSchedule() {
		runNow();
	}

	/** Sends the alerts due today, now; returns how many (milestone, level) alerts went out. */
	public int runNow() {
		Timeliness timeliness = today.timeliness();
		int sent = 0;
		for (OpenMilestone milestone : open(timeliness)) {
			Integer alerts = transactions.execute(status -> alert(milestone, timeliness));
			sent += alerts == null ? 0 : alerts;
		}
		return sent;
	}

	/** The levels a milestone has reached today: due soon, or late and escalated by how many days. */
	List<AlertLevel> levels(LocalDate plannedDate, Timeliness timeliness) {
		List<AlertLevel> levels = new ArrayList<>();
		switch (timeliness.state(plannedDate, null)) {
			case DUE_SOON -> levels.add(AlertLevel.DUE_SOON);
			case LATE -> {
				int daysLate = timeliness.daysLate(plannedDate, null);
				levels.add(AlertLevel.LATE);
				if (daysLate >= properties.regionalManagerAfterDays()) {
					levels.add(AlertLevel.REGIONAL_MANAGER);
				}
				if (daysLate >= properties.salesDirectorAfterDays()) {
					levels.add(AlertLevel.SALES_DIRECTOR);
				}
			}
			default -> {
			}
		}
		return levels;
	}

	private List<OpenMilestone> open(Timeliness timeliness) {
		return jdbc.sql("""
				SELECT m.id, m.type, m.name, m.planned_date, m.responsible_user_id, s.contract_id, s.contract_number,
				       s.contract_title, s.region_code
				FROM milestone m
				JOIN execution_schedule s ON s.id = m.schedule_id
				WHERE m.actual_date IS NULL AND m.planned_date <= :horizon
				ORDER BY m.planned_date, m.id""")
			.param("horizon", timeliness.today().plusDays(timeliness.dueSoonDays()))
			.query((rs, row) -> new OpenMilestone(rs.getLong("id"), MilestoneType.valueOf(rs.getString("type")),
					rs.getString("name"), rs.getObject("planned_date", LocalDate.class),
					rs.getObject("responsible_user_id", Long.class), rs.getLong("contract_id"),
					rs.getString("contract_number"), rs.getString("contract_title"), rs.getString("region_code")))
			.list();
	}

	private int alert(OpenMilestone milestone, Timeliness timeliness) {
		Set<String> sent = jdbc.sql("SELECT level FROM milestone_alert WHERE milestone_id = ? AND planned_date = ?")
			.params(milestone.id(), milestone.plannedDate())
			.query(String.class)
			.set();
		int count = 0;
		for (AlertLevel level : levels(milestone.plannedDate(), timeliness)) {
			if (sent.contains(level.name())) {
				continue;
			}
			List<UserSummary> recipients = recipients(level, milestone);
			if (recipients.isEmpty()) {
				log.warn("Milestone {} of contract {}: nobody to tell at level {}", milestone.id(),
						milestone.contractNumber(), level);
			}
			for (UserSummary recipient : recipients) {
				outbox.enqueue(message(level, milestone, timeliness, recipient));
			}
			jdbc.sql("INSERT INTO milestone_alert (milestone_id, level, planned_date, sent_at) VALUES (?, ?, ?, ?)")
				.params(milestone.id(), level.name(), milestone.plannedDate(), Timestamp.from(clock.instant()))
				.update();
			count++;
		}
		return count;
	}

	/** Enabled users with an e-mail address who hear of the level, each once. */
	private List<UserSummary> recipients(AlertLevel level, OpenMilestone milestone) {
		List<UserSummary> candidates = switch (level) {
			case DUE_SOON, LATE -> {
				List<UserSummary> users = new ArrayList<>();
				if (milestone.responsibleUserId() != null) {
					directory.findById(milestone.responsibleUserId()).ifPresent(users::add);
				}
				users.addAll(directory.withRole(Role.BACK_OFFICE, null));
				yield users;
			}
			case REGIONAL_MANAGER -> milestone.regionCode() == null ? List.of()
					: directory.findRegionByCode(milestone.regionCode())
						.map(RegionView::id)
						.map(regionId -> directory.withRole(Role.REGIONAL_MANAGER, regionId))
						.orElse(List.of());
			case SALES_DIRECTOR -> directory.withRole(Role.SALES_DIRECTOR, null);
		};
		Map<Long, UserSummary> unique = new LinkedHashMap<>();
		candidates.stream()
			.filter(user -> user.enabled() && user.email() != null && !user.email().isBlank())
			.forEach(user -> unique.putIfAbsent(user.id(), user));
		return List.copyOf(unique.values());
	}

	private OutgoingMessage message(AlertLevel level, OpenMilestone milestone, Timeliness timeliness,
			UserSummary recipient) {
		Locale locale = Locale.forLanguageTag("en".equals(recipient.language()) ? "en" : "es");
		String name = milestone.name() != null ? milestone.name()
				: messages.getMessage("execution.type." + milestone.type(), null, locale);
		Object[] arguments = { milestone.contractNumber(), name,
				milestone.plannedDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
				timeliness.daysLate(milestone.plannedDate(), null),
				milestone.contractTitle() == null ? "—" : milestone.contractTitle() };
		return new OutgoingMessage(List.of(recipient.email()),
				messages.getMessage("execution.alert." + level + ".subject", arguments, locale),
				messages.getMessage("execution.alert." + level + ".body", arguments, locale),
				"milestone-alert:%d:%s:%s:%d".formatted(milestone.id(), level, milestone.plannedDate(), recipient.id()));
	}
}
