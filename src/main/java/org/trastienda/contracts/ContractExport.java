package org.trastienda.contracts;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.documents.SpreadsheetWriter;
import org.trastienda.documents.Spreadsheets;
import org.trastienda.identity.DataScope;

/** A checked export of the filtered contract list, ready to stream; its columns are API field names. */
public final class ContractExport {

	static final List<String> COLUMNS = List.of("number", "kind", "status", "partyId", "partyName", "title", "signedOn",
			"startsOn", "endsOn", "currency", "paymentTermsDays", "ownerUsername", "regionCode", "netTotal", "vatTotal",
			"grossTotal", "revision");

	private final ContractQueries queries;

	private final Spreadsheets spreadsheets;

	private final TransactionTemplate readOnly;

	private final DataScope scope;

	private final ContractFilter filter;

	private final Sort sort;

	private final SpreadsheetFormat format;

	private final LocalDate today;

	ContractExport(ContractQueries queries, Spreadsheets spreadsheets, TransactionTemplate readOnly, DataScope scope,
			ContractFilter filter, Sort sort, SpreadsheetFormat format, LocalDate today) {
		this.queries = queries;
		this.spreadsheets = spreadsheets;
		this.readOnly = readOnly;
		this.scope = scope;
		this.filter = filter;
		this.sort = sort;
		this.format = format;
		this.today = today;
	}

	public SpreadsheetFormat format() {
		return format;
	}

	/** {@code contratos-2026-03-01.xlsx} */
	public String filename() {
		return "contratos-" + today + "." + format.extension();
	}

	/** Writes the file, reading the contracts in one read-only transaction as it goes. */
	public void writeTo(OutputStream out) {
		readOnly.executeWithoutResult(status -> {
			try (SpreadsheetWriter writer = spreadsheets.writer(format, out, COLUMNS)) {
				queries.forEach(scope, filter, sort, contract -> writer.row(row(contract)));
			}
		});
	}

	private static List<Object> row(ContractView c) {
		return java.util.Arrays.asList(c.number(), c.kind(), c.status(), c.partyId(), c.partyName(), c.title(),
				c.signedOn(), c.startsOn(), c.endsOn(), c.currency(), c.paymentTermsDays(), c.ownerUsername(),
				c.regionCode(), c.netTotal(), c.vatTotal(), c.grossTotal(), c.revision());
	}
}
