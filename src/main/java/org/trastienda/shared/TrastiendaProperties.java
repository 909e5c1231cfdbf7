package org.trastienda.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Top-level settings, bound from {@code trastienda.*} (so {@code TRASTIENDA_DATA_DIR},
 * {@code TRASTIENDA_ADMIN_PASSWORD}, {@code TRASTIENDA_DEMO} in the environment).
 *
 * @param dataDir where the embedded database and stored files live
 * @param adminPassword password of {@code admin} when the first start creates it; generated when empty
 * @param demo seed the demo company into an empty database; null means "only on the embedded database"
 */
@ConfigurationProperties("trastienda")
public record TrastiendaProperties(Path dataDir, String adminPassword, Boolean demo) {

	public TrastiendaProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}
}
