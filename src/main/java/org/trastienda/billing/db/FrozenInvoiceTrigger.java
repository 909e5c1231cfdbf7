package org.trastienda.billing.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.h2.api.Trigger;

/**
 * H2's twin of the PostgreSQL trigger functions {@code invoice_frozen} and {@code invoice_part_frozen}
 * (db/vendor): once an invoice leaves DRAFT its row changes only from ISSUED to CANCELLED (status and
 * the cancellation columns), and its lines and tax rows no longer change at all. H2 instantiates it
 * by name for each trigger of the migration.
 */
public class FrozenInvoiceTrigger implements Trigger {

	private static final Set<String> CANCELLATION = Set.of("status", "cancelled_at", "cancelled_by", "cancel_reason",
			"version");

	private final Map<String, Integer> columns = new HashMap<>();

	private boolean invoiceTable;

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
			throws SQLException {
		invoiceTable = table.equalsIgnoreCase("invoice");
		try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, null)) {
			while (rs.next()) {
				columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
			}
		}
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (invoiceTable) {
			checkInvoice(oldRow, newRow);
		}
		else {
			checkPart(connection, oldRow, newRow);
		}
	}

	private void checkInvoice(Object[] oldRow, Object[] newRow) throws SQLException {
		Object status = oldRow[columns.get("status")];
		if ("DRAFT".equals(status)) {
			return;
		}
		if (newRow != null && "ISSUED".equals(status) && "CANCELLED".equals(newRow[columns.get("status")])
				&& onlyCancellationChanged(oldRow, newRow)) {
			return;
		}
		throw new SQLException("invoice " + oldRow[columns.get("id")] + " is " + status
				+ ": an issued invoice is never changed", "23513");
	}

	private boolean onlyCancellationChanged(Object[] oldRow, Object[] newRow) {
		return columns.entrySet().stream()
			.filter(column -> !CANCELLATION.contains(column.getKey()))
			.allMatch(column -> Objects.equals(oldRow[column.getValue()], newRow[column.getValue()]));
	}

	private void checkPart(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		int invoiceId = columns.get("invoice_id");
		Object invoice = newRow != null ? newRow[invoiceId] : oldRow[invoiceId];
		boolean moved = oldRow != null && newRow != null && !Objects.equals(oldRow[invoiceId], newRow[invoiceId]);
		if (moved || !"DRAFT".equals(statusOf(connection, invoice))) {
			throw new SQLException("the lines and taxes of invoice " + invoice + " are frozen", "23513");
		}
	}

	private static String statusOf(Connection connection, Object invoiceId) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT status FROM invoice WHERE id = ?")) {
			query.setObject(1, invoiceId);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}
}
