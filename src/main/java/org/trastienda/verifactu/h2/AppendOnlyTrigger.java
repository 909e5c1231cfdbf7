package org.trastienda.verifactu.h2;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Refuses every change and removal of a row on H2, which has no procedural SQL; PostgreSQL does the
 * same with a PL/pgSQL trigger. Public because H2 instantiates it by name.
 */
public class AppendOnlyTrigger implements Trigger {

	private String table;

	@Override
	public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
	}
}
