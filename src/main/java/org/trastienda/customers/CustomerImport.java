package org.trastienda.customers;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditRecord;
import org.trastienda.documents.ImportColumns;
import org.trastienda.documents.ImportReport;
import org.trastienda.documents.ImportRow;
import org.trastienda.documents.ImportTarget;
import org.trastienda.documents.PlannedRow;
import org.trastienda.documents.SpreadsheetImports;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;

/**
 * Imports customers from a CSV or XLSX file, all or nothing (see {@link SpreadsheetImports}). A
 * row whose tax id exists updates that customer (its columns only, and only when something
 * differs), so importing the same file twice changes nothing the second time.
 */
@Component
class CustomerImport {

	private final SpreadsheetImports imports;

	private final CustomerRepository customers;

	private final CustomerEditor editor;

	private final CustomerCodes codes;

	private final UserDirectory directory;

	private final CustomerAudit audit;

	CustomerImport(SpreadsheetImports imports, CustomerRepository customers, CustomerEditor editor,
			CustomerCodes codes, UserDirectory directory, CustomerAudit audit) {
		this.imports = imports;
		this.customers = customers;
		this.editor = editor;
		this.codes = codes;
		this.directory = directory;
		this.audit = audit;
	}

	ImportReport run(CurrentUser user, InputStream content, boolean dryRun) {
		WritePolicy.require(WritePolicy.mayImport(user));
		return imports.run(content, dryRun, new Run(user));
	}

	/** A checked row: what to write, and over which stored customer (null for a new one). */
	private record Planned(Customer existing, CustomerData before, CustomerEditor.Draft draft) {
	}

	/** One import by one user: the customers its tax ids name, and the owners and regions it resolves. */
	private final class Run implements ImportTarget<CustomerField, Planned> {

		private final CurrentUser user;

		private final OwnersAndRegions people = new OwnersAndRegions(directory);

		private final Map<String, Customer> existing = new HashMap<>();

		Run(CurrentUser user) {
			this.user = user;
		}

		@Override
		public ImportColumns<CustomerField> columns() {
			return CustomerColumns.COLUMNS;
		}

		@Override
		public void lookUp(List<String> taxIds) {
			customers.findByTaxIdIn(taxIds.toArray(String[]::new)).forEach(customer -> existing.put(customer.getTaxId(), customer));
		}

		@Override
		public PlannedRow<Planned> plan(ImportRow<CustomerField> row) {
			Customer customer = row.key() == null ? null : existing.get(row.key());
			CustomerData before = customer == null ? null
					: customer.toData(people.username(customer.getOwnerId()),
							people.regionCode(customer.getRegionId()));
			Map<CustomerField, Object> merged = before == null ? new HashMap<>() : CustomerField.valuesOf(before);
			merged.putAll(row.values());
			CustomerEditor.Draft draft = editor.draft(user, CustomerField.dataOf(merged), before, people);
			if (!draft.isValid()) {
				return PlannedRow.rejected(draft.errors());
			}
			if (customer == null) {
				return PlannedRow.create(new Planned(null, null, draft));
			}
			return CustomerField.between(before, draft.data()).isEmpty() ? PlannedRow.unchanged()
					: PlannedRow.update(new Planned(customer, before, draft));
		}

		@Override
		public void write(List<Planned> rows) {
			Iterator<String> newCodes = codes.next((int) rows.stream().filter(row -> row.existing() == null).count())
				.iterator();
			List<AuditRecord> trail = new ArrayList<>();
			for (Planned row : rows) {
				if (row.existing() == null) {
					editor.create(row.draft(), newCodes.next(), user, trail);
				}
				else {
					editor.update(row.existing(), row.before(), row.draft(), user, trail);
				}
			}
			customers.flush();
			audit.recordAll(trail);
		}
	}
}
