package org.trastienda.fulfillment;

/** What the shipments-and-returns register adds up by. */
public enum RegisterGrouping {

	CUSTOMER("CAST(s.party_id AS VARCHAR(20))", "MAX(c.party_name)"),
	PRODUCT("COALESCE('P' || CAST(sl.product_id AS VARCHAR(20)), 'D' || sl.description)", "MAX(sl.description)"),
	CONTRACT("CAST(s.contract_id AS VARCHAR(20))", "MAX(c.number)"),
	REASON("r.reason_code", "MAX(r.reason_code)"),
	MONTH(null, null);

	private final String key;

	private final String label;

	RegisterGrouping(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The SQL of a group's key, for rows dated by {@code dateColumn}. */
	String key(String dateColumn) {
		return key != null ? key : monthOf(dateColumn);
	}

	/** The SQL of a group's label, for rows dated by {@code dateColumn}. */
	String label(String dateColumn) {
		return label != null ? label : monthOf(dateColumn);
	}

	/** {@code 2026-03}: a month as text both databases write the same way. */
	private static String monthOf(String dateColumn) {
		return "CAST(EXTRACT(YEAR FROM " + dateColumn + ") AS VARCHAR(4)) || '-' || LPAD(CAST(EXTRACT(MONTH FROM "
				+ dateColumn + ") AS VARCHAR(2)), 2, '0')";
	}
}
