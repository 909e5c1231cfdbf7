package org.trastienda.shared;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

@Configuration
class SharedConfiguration {

	/** The one clock every module reads, so tests can move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Scheduled jobs lock a row of the {@code shedlock} table so only one app instance runs each;
	 * the database's clock decides when a lock expires, so instances need not agree on the time.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}
}
