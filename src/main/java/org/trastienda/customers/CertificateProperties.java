package org.trastienda.customers;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When certificates count as expiring and when the daily warning runs, bound from
 * {@code trastienda.certificates.*}.
 *
 * @param expiryDays a certificate expiring within this many days is EXPIRING and warned about
 * @param expiryCron when the warning job runs (Spring cron, six fields)
 * @param expiryZone the time zone of the cron and of "today"
 */
@ConfigurationProperties("trastienda.certificates")
public record CertificateProperties(Integer expiryDays, String expiryCron, ZoneId expiryZone) {

	public CertificateProperties {
		if (expiryDays == null) {
			expiryDays = 30;
		}
		if (expiryCron == null) {
			expiryCron = "0 0 7 * * *";
		}
		if (expiryZone == null) {
			expiryZone = ZoneId.of("Europe/Madrid");
		}
	}
}
