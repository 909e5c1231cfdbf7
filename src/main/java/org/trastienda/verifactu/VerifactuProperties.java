package org.trastienda.verifactu;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the VERI*FACTU chain, bound from {@code trastienda.verifactu.*}.
 *
 * @param zone the zone of the records' generation timestamps (FechaHoraHusoGenRegistro)
 * @param qrHost the AEAT host the invoices' QR codes point to: {@code www2.agenciatributaria.gob.es}
 *        in production, {@code prewww2.aeat.es} for the AEAT's test environment
 */
@ConfigurationProperties("trastienda.verifactu")
record VerifactuProperties(ZoneId zone, String qrHost) {

	VerifactuProperties {
		zone = zone == null ? ZoneId.of("Europe/Madrid") : zone;
		qrHost = qrHost == null || qrHost.isBlank() ? "www2.agenciatributaria.gob.es" : qrHost.strip();
	}
}
