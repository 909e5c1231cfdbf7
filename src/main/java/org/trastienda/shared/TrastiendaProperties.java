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
 * @param baseUrl where users reach the application ({@code TRASTIENDA_BASE_URL}), for links in e-mails
 */
@ConfigurationProperties("trastienda")
public record TrastiendaProperties(Path dataDir, String adminPassword, Boolean demo, String baseUrl) {

	public TrastiendaProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
	}

	/** The absolute address of a page of the application, given its path ({@code /approvals/7}). */
	public String link(String path) {
		return baseUrl + path;
	}
}
