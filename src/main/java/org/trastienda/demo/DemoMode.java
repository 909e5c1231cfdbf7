package org.trastienda.demo;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.trastienda.shared.TrastiendaProperties;

/** Whether this instance shows the demo company: {@code trastienda.demo}, or when unset, only on the embedded H2. */
@Component
class DemoMode {

	private final boolean enabled;

	DemoMode(TrastiendaProperties properties, DataSource dataSource) throws MetaDataAccessException {
		this.enabled = decide(properties.demo(),
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	static boolean decide(Boolean demoSetting, String databaseProduct) {
		return demoSetting != null ? demoSetting : "H2".equalsIgnoreCase(databaseProduct);
	}

	boolean enabled() {
		return enabled;
	}
}
