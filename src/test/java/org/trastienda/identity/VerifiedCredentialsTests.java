package org.trastienda.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsTests {

	private final MovingClock clock = new MovingClock();

	private final VerifiedCredentials verified = new VerifiedCredentials(clock);

	@Test
	void remembersACredentialForItsTimeToLive() {
		verified.remember("ana", "secret-password", "$2a$10$hash");
		assertThat(verified.contains("ana", "secret-password", "$2a$10$hash")).isTrue();

		clock.advance(VerifiedCredentials.TIME_TO_LIVE.minusSeconds(1));
		assertThat(verified.contains("ana", "secret-password", "$2a$10$hash")).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(verified.contains("ana", "secret-password", "$2a$10$hash")).isFalse();
		assertThat(verified.size()).isZero();
	}

	@Test
	void missesForAnotherPasswordUserOrHash() {
		verified.remember("ana", "secret-password", "$2a$10$hash");
		assertThat(verified.contains("ana", "other-password", "$2a$10$hash")).isFalse();
		assertThat(verified.contains("bob", "secret-password", "$2a$10$hash")).isFalse();
		assertThat(verified.contains("ana", "secret-password", "$2a$10$newhash")).isFalse();
		assertThat(verified.contains("anasecret-password", "", "$2a$10$hash")).isFalse();
	}

	@Test
	void staysWithinItsCapacityDroppingTheOldestFirst() {
		for (int i = 0; i <= VerifiedCredentials.CAPACITY; i++) {
			verified.remember("user" + i, "secret-password", "$2a$10$hash");
		}
		assertThat(verified.size()).isEqualTo(VerifiedCredentials.CAPACITY);
		assertThat(verified.contains("user0", "secret-password", "$2a$10$hash")).isFalse();
		assertThat(verified.contains("user" + VerifiedCredentials.CAPACITY, "secret-password", "$2a$10$hash")).isTrue();
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-01-15T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
