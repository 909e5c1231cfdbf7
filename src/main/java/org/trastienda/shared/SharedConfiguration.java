package org.trastienda.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SharedConfiguration {

	/** The one clock every module reads, so tests can move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
