package org.trastienda.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.shared.TrastiendaProperties;

/**
 * At the first start (no user at all) creates {@code admin} with {@code TRASTIENDA_ADMIN_PASSWORD},
 * or with a generated password that is logged once and written to the data dir.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final TrastiendaProperties properties;

	InitialAdmin(AppUserRepository users, PasswordEncoder encoder, TrastiendaProperties properties) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (users.count() > 0) {
			return;
		}
		String password = properties.adminPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = generatePassword();
		}
		users.save(new AppUser(USERNAME, "Administrador", null, encoder.encode(password), EnumSet.of(Role.ADMIN), null));
		if (generated) {
			Path file = properties.dataDir().resolve("initial-admin-password");
			Files.createDirectories(properties.dataDir());
			Files.writeString(file, password + System.lineSeparator());
			log.warn("Created user 'admin' with generated password {} (also written to {})", password, file.toAbsolutePath());
		}
		else {
			log.info("Created user 'admin' with the password from TRASTIENDA_ADMIN_PASSWORD");
		}
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
