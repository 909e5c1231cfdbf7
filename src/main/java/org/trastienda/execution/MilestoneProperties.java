package org.trastienda.execution;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When milestones count as due soon and who hears about late ones, bound from
 * {@code trastienda.milestones.*}.
 *
 * @param dueSoonDays a milestone planned within this many days from today is DUE_SOON
 * @param alertCron when the daily alert job runs (Spring cron, six fields)
 * @param zone the time zone of the cron and of "today" for every milestone state
 * @param regionalManagerAfterDays days late after which the regional manager of the contract's region hears of it
 * @param salesDirectorAfterDays days late after which the sales director hears of it
 */
@ConfigurationProperties("trastienda.milestones")
record MilestoneProperties(Integer dueSoonDays, String alertCron, ZoneId zone, Integer regionalManagerAfterDays,
		Integer salesDirectorAfterDays) {

	MilestoneProperties {
		dueSoonDays = dueSoonDays == null ? 7 : dueSoonDays;
		alertCron = alertCron == null ? "0 30 7 * * *" : alertCron;
		zone = zone == null ? ZoneId.of("Europe/Madrid") : zone;
		regionalManagerAfterDays = regionalManagerAfterDays == null ? 3 : regionalManagerAfterDays;
		salesDirectorAfterDays = salesDirectorAfterDays == null ? 10 : salesDirectorAfterDays;
	}
}
