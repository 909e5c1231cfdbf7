package org.trastienda.billing;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the billing module ({@code trastienda.billing.*}).
 *
 * @param zone the company's time zone: the day an invoice is issued on and "today" for due dates
 */
@ConfigurationProperties("trastienda.billing")
public record BillingProperties(ZoneId zone) {

	public BillingProperties {
		if (zone == null) {
			zone = ZoneId.of("Europe/Madrid");
		}
	}
}
