package org.trastienda.contracts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for contract API tests: valid by default, callers put or replace fields. */
final class ContractBodies {

	private ContractBodies() {
	}

	/** A sale of 150.00 net (1000 × 0.10 at 21 %, 2 × 25 at 10 %). */
	static Map<String, Object> sale(Long partyId, String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "SALE");
		body.put("partyId", partyId);
		body.put("title", title);
		body.put("signedOn", "2026-03-02");
		body.put("startsOn", "2026-03-02");
		body.put("endsOn", "2026-12-31");
		body.put("lines", new ArrayList<>(List.of(line(null, "Tornillo M8", "1000", "0.1000", "21"),
				line(null, "Montaje", "2", "25", "10"))));
		return body;
	}

	static Map<String, Object> line(Long id, String description, String quantity, String unitPrice, String vatRate) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("id", id);
		line.put("description", description);
		line.put("quantity", Double.valueOf(quantity));
		line.put("unit", "ud");
		line.put("unitPrice", Double.valueOf(unitPrice));
		line.put("discountPercent", 0);
		line.put("vatRate", Double.valueOf(vatRate));
		return line;
	}
}
