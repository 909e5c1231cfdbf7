package org.trastienda.contracts;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the contracts module ({@code trastienda.contracts.*}).
 *
 * @param zone the company's time zone: it decides the year a contract number belongs to and "today"
 */
@ConfigurationProperties("trastienda.contracts")
public record ContractProperties(ZoneId zone) {

	public ContractProperties {
		if (zone == null) {
			zone = ZoneId.of("Europe/Madrid");
		}
	}
}
