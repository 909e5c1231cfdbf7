package org.trastienda.execution;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutgoingMessage;
import org.trastienda.shared.TrastiendaProperties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every day ({@code trastienda.milestones.alert-cron}, 07:30 in {@code trastienda.milestones.zone})
 * warns about open milestones: due soon and late ones to the responsible user and the back office;
 * after {@code regional-manager-after-days} (3) days late to the regional managers of the contract's
 * region, after {@code sales-director-after-days} (10) to the sales directors. Each level once per
 * milestone and planned date ({@code milestone_alert}), through the outbox, one milestone per
 * transaction, on one app instance at a time (ShedLock). Only milestones of active contracts are
 * warned about. Reads {@code milestone} and {@code milestone_alert}; the contracts through
 * {@link Contracts#get} (all of them, as nobody is signed in).
 */
@Component
public class MilestoneAlertJob {

	private static final Logger log = LoggerFactory.getLogger(MilestoneAlertJob.class);

	private final JdbcClient jdbc;

	private final Contracts contracts;

	private final Outbox outbox;

	private final UserDirectory directory;

	private final MessageSource messages;

	private final ScheduleClock today;

	private final MilestoneProperties properties;

	private final TransactionTemplate transactions;

	private final TrastiendaProperties links;

	private final Clock clock;

	MilestoneAlertJob(JdbcClient jdbc, Contracts contracts, Outbox outbox, UserDirectory directory, MessageSource messages,
			ScheduleClock today, MilestoneProperties properties, TransactionTemplate transactions,
			TrastiendaProperties links, Clock clock) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.outbox = outbox;
		this.directory = directory;
		this.messages = messages;
		this.today = today;
		this.properties = properties;
		this.transactions = transactions;
		this.links = links;
		this.clock = clock;
	}

	/** An open milestone planned up to the due-soon horizon. */
	record OpenMilestone(Long id, Long contractId, MilestoneType type, String name, LocalDate plannedDate,
			Long responsibleUserId) {
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
		Map<Long, ContractView> contractsSeen = new HashMap<>();
		int sent = 0;
		for (OpenMilestone milestone : open(timeliness)) {
			Integer alerts = transactions.execute(status -> alert(milestone, timeliness, contractsSeen));
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
				SELECT id, contract_id, type, name, planned_date, responsible_user_id
				FROM milestone
				WHERE actual_date IS NULL AND planned_date <= :horizon
				ORDER BY planned_date, id""")
			.param("horizon", timeliness.today().plusDays(timeliness.dueSoonDays()))
			.query((rs, row) -> new OpenMilestone(rs.getLong("id"), rs.getLong("contract_id"),
					MilestoneType.valueOf(rs.getString("type")), rs.getString("name"),
					rs.getObject("planned_date", LocalDate.class), rs.getObject("responsible_user_id", Long.class)))
			.list();
	}

	private int alert(OpenMilestone milestone, Timeliness timeliness, Map<Long, ContractView> contractsSeen) {
		Set<String> sent = jdbc.sql("SELECT level FROM milestone_alert WHERE milestone_id = ? AND planned_date = ?")
			.params(milestone.id(), milestone.plannedDate())
			.query(String.class)
			.set();
		List<AlertLevel> due = levels(milestone.plannedDate(), timeliness).stream()
			.filter(level -> !sent.contains(level.name()))
			.toList();
		if (due.isEmpty()) {
			return 0;
		}
		ContractView contract = contractsSeen.computeIfAbsent(milestone.contractId(), contracts::get);
		if (contract.status() != ContractStatus.ACTIVE) {
			return 0;
		}
		for (AlertLevel level : due) {
			List<UserSummary> recipients = recipients(level, milestone, contract);
			if (recipients.isEmpty()) {
				log.warn("Milestone {} of contract {}: nobody to tell at level {}", milestone.id(), contract.number(),
						level);
			}
			for (UserSummary recipient : recipients) {
				outbox.enqueue(message(level, milestone, contract, timeliness, recipient));
			}
			jdbc.sql("INSERT INTO milestone_alert (milestone_id, level, planned_date, sent_at) VALUES (?, ?, ?, ?)")
				.params(milestone.id(), level.name(), milestone.plannedDate(), Timestamp.from(clock.instant()))
				.update();
		}
		return due.size();
	}

	/** Enabled users with an e-mail address who hear of the level, each once. */
	private List<UserSummary> recipients(AlertLevel level, OpenMilestone milestone, ContractView contract) {
		List<UserSummary> candidates = switch (level) {
			case DUE_SOON, LATE -> {
				List<UserSummary> users = new ArrayList<>();
				if (milestone.responsibleUserId() != null) {
					directory.findById(milestone.responsibleUserId()).ifPresent(users::add);
				}
				users.addAll(directory.withRole(Role.BACK_OFFICE, null));
				yield users;
			}
			case REGIONAL_MANAGER -> contract.regionCode() == null ? List.of()
					: directory.findRegionByCode(contract.regionCode())
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

	private OutgoingMessage message(AlertLevel level, OpenMilestone milestone, ContractView contract,
			Timeliness timeliness, UserSummary recipient) {
		Locale locale = Locale.forLanguageTag("en".equals(recipient.language()) ? "en" : "es");
		String name = milestone.name() != null ? milestone.name()
				: messages.getMessage("execution.type." + milestone.type(), null, locale);
		Object[] arguments = { contract.number(), name,
				milestone.plannedDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
				timeliness.daysLate(milestone.plannedDate(), null),
				contract.title() == null ? "—" : contract.title(), links.link("/contracts/" + contract.id()) };
		return new OutgoingMessage(List.of(recipient.email()),
				messages.getMessage("execution.alert." + level + ".subject", arguments, locale),
				messages.getMessage("execution.alert." + level + ".body", arguments, locale),
				"milestone-alert:%d:%s:%s:%d".formatted(milestone.id(), level, milestone.plannedDate(), recipient.id()));
	}
}
