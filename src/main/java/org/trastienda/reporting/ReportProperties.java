package org.trastienda.reporting;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The contract statistics' settings, bound from {@code trastienda.reports.*}.
 *
 * @param packCron when the monthly report pack goes out (Spring cron, six fields; the 1st at 06:00)
 * @param zone the time zone of the cron, of "today" and so of the as-of day of a running period
 * @param currency the currency the figures are in; contracts in other currencies are left out, as
 * nothing converts between currencies
 */
@ConfigurationProperties("trastienda.reports")
record ReportProperties(String packCron, ZoneId zone, String currency) {

	ReportProperties {
		packCron = packCron == null ? "0 0 6 1 * *" : packCron;
		zone = zone == null ? ZoneId.of("Europe/Madrid") : zone;
		currency = currency == null ? "EUR" : currency;
	}
}
