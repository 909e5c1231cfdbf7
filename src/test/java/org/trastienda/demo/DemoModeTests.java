package org.trastienda.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTests {

	@Test
	void isOnByDefaultOnlyOnTheEmbeddedDatabase() {
		assertThat(DemoMode.decide(null, "H2")).isTrue();
		assertThat(DemoMode.decide(null, "PostgreSQL")).isFalse();
	}

	@Test
	void followsAnExplicitSetting() {
		assertThat(DemoMode.decide(false, "H2")).isFalse();
		assertThat(DemoMode.decide(true, "PostgreSQL")).isTrue();
	}
}
