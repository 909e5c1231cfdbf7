package org.trastienda.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Credentials this node verified with bcrypt in the last five minutes.
 *
 * <p>Why: bcrypt costs ~100 ms by design and HTTP Basic sends the password on every API call, so
 * checking it each time alone would break the API's 50 ms p95 budget. A hit only stands in for
 * the password comparison: the account row is still loaded and checked (enabled, locked) on every
 * call, and the key covers the current password hash, so a new password misses at once. Keys are
 * SHA-256 HMACs under a random secret that never leaves this process, so the map holds nothing a
 * thief could test password guesses against; it is bounded (oldest out first) so a flood of
 * distinct credentials cannot grow it.
 */
@Component
class VerifiedCredentials {

	static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	static final int CAPACITY = 10_000;

	private final Map<String, Instant> expiries = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
			return size() > CAPACITY;
		}
	};

	private final SecretKeySpec secret;

	private final Clock clock;

	VerifiedCredentials(Clock clock) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.secret = new SecretKeySpec(key, "HmacSHA256");
		this.clock = clock;
	}

	/** Whether this password was verified against this hash for this user within the time to live. */
	boolean contains(String username, String password, String passwordHash) {
		String key = key(username, password, passwordHash);
		synchronized (expiries) {
			Instant expiry = expiries.get(key);
			if (expiry != null && !expiry.isAfter(clock.instant())) {
				expiries.remove(key);
				return false;
			}
			return expiry != null;
		}
	}

	void remember(String username, String password, String passwordHash) {
		String key = key(username, password, passwordHash);
		Instant expiry = clock.instant().plus(TIME_TO_LIVE);
		synchronized (expiries) {
			expiries.remove(key);
			expiries.put(key, expiry);
		}
	}

	int size() {
		synchronized (expiries) {
			return expiries.size();
		}
	}

	private String key(String username, String password, String passwordHash) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(secret);
			// NUL separates the parts: it occurs in none of them, so no two triples share a key.
			String material = username + '\0' + password + '\0' + passwordHash;
			return HexFormat.of().formatHex(mac.doFinal(material.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}
}
