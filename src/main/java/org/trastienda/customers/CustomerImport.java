package org.trastienda.customers;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditRecord;
import org.trastienda.documents.SpreadsheetRow;
import org.trastienda.documents.Spreadsheets;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.TaxId;

/**
 * Imports customers from a CSV or XLSX file: every row is checked first and every bad one
 * reported; only a file without a bad row is written, all of it in the caller's transaction. A
 * row whose tax id exists updates that customer (its columns only, and only when something
 * differs), so importing the same file twice changes nothing the second time.
 */
@Component
class CustomerImport {

	/** Existing customers are looked up this many tax ids at a time. */
	private static final int LOOKUP_CHUNK = 1000;

	private final Spreadsheets spreadsheets;

	private final CustomerRepository customers;

	private final CustomerEditor editor;

	private final CustomerCodes codes;

	private final UserDirectory directory;

	private final MessageSource messages;

	private final CustomerAudit audit;

	CustomerImport(Spreadsheets spreadsheets, CustomerRepository customers, CustomerEditor editor,
			CustomerCodes codes, UserDirectory directory, MessageSource messages, CustomerAudit audit) {
		this.spreadsheets = spreadsheets;
		this.customers = customers;
		this.editor = editor;
		this.codes = codes;
		this.directory = directory;
		this.messages = messages;
		this.audit = audit;
	}

	/** A checked row: what to write, and over which stored customer (null for a new one). */
	private record Planned(int row, Customer existing, CustomerData before, CustomerEditor.Draft draft) {
	}

	ImportReport run(CurrentUser user, InputStream content, boolean dryRun) {
		WritePolicy.require(WritePolicy.mayImport(user));
		List<SpreadsheetRow> rows = spreadsheets.readAll(content);
		List<ImportRejection> rejected = new ArrayList<>();
		if (rows.isEmpty()) {
			return new ImportReport(0, 0, 0, List.of());
		}
		ImportColumns.Mapping columns = ImportColumns.of(rows.get(0).valuesByHeader().keySet());
		columns.unknown().forEach(header -> rejected
			.add(rejection(1, new FieldError(header, "customers.import.unknownColumn", header))));
		columns.repeated().forEach((header, field) -> rejected
			.add(rejection(1, new FieldError(header, "customers.import.repeatedColumn", header, field.path()))));

		Map<String, Customer> existing = existingByTaxId(rows, columns);
		OwnersAndRegions people = new OwnersAndRegions(directory);
		Map<String, Integer> firstRowOfTaxId = new HashMap<>();
		List<Planned> plan = new ArrayList<>();
		for (SpreadsheetRow row : rows) {
			Planned planned = plan(user, row, columns, existing, people, firstRowOfTaxId, rejected);
			if (planned != null) {
				plan.add(planned);
			}
		}
		int created = (int) plan.stream().filter(planned -> planned.existing() == null).count();
		int updated = (int) plan.stream()
			.filter(planned -> planned.existing() != null
					&& !CustomerField.between(planned.before(), planned.draft().data()).isEmpty())
			.count();
		ImportReport report = new ImportReport(rows.size(), created, updated, List.copyOf(rejected));
		if (!dryRun && report.accepted()) {
			write(plan, created, user);
		}
		return report;
	}

	private Planned plan(CurrentUser user, SpreadsheetRow row, ImportColumns.Mapping columns,
			Map<String, Customer> existing, OwnersAndRegions people, Map<String, Integer> firstRowOfTaxId,
			List<ImportRejection> rejected) {
		Map<CustomerField, Object> values = new HashMap<>();
		List<FieldError> errors = new ArrayList<>();
		columns.fields().forEach((header, field) -> {
			try {
				values.put(field, ImportValues.parse(field, row.valuesByHeader().get(header)));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError(field.path(), ex.getMessage(), FieldChecks.label(field.path()),
						row.valuesByHeader().get(header)));
			}
		});
		String taxId = TaxId.normalize((String) values.get(CustomerField.TAX_ID));
		Customer customer = taxId == null ? null : existing.get(taxId);
		CustomerData before = customer == null ? null
				: customer.toData(people.username(customer.getOwnerId()), people.regionCode(customer.getRegionId()));
		Map<CustomerField, Object> merged = before == null ? new HashMap<>() : CustomerField.valuesOf(before);
		values.forEach(merged::put);
		CustomerEditor.Draft draft = editor.draft(user, CustomerField.dataOf(merged), before, people);
		Integer firstRow = taxId == null || taxId.isEmpty() ? null : firstRowOfTaxId.putIfAbsent(taxId, row.rowNumber());
		if (firstRow != null) {
			errors.add(new FieldError(CustomerField.TAX_ID.path(), "customers.import.duplicateInFile",
					FieldChecks.label(CustomerField.TAX_ID.path()), taxId, firstRow));
		}
		errors.addAll(0, draft.errors());
		if (!errors.isEmpty()) {
			errors.forEach(error -> rejected.add(rejection(row.rowNumber(), error)));
			return null;
		}
		return new Planned(row.rowNumber(), customer, before, draft);
	}

	private void write(List<Planned> plan, int created, CurrentUser user) {
		Iterator<String> newCodes = codes.next(created).iterator();
		List<AuditRecord> trail = new ArrayList<>();
		for (Planned planned : plan) {
			if (planned.existing() == null) {
				editor.create(planned.draft(), newCodes.next(), user, trail);
			}
			else {
				editor.update(planned.existing(), planned.before(), planned.draft(), user, trail);
			}
		}
		customers.flush();
		audit.recordAll(trail);
	}

	/** The stored customers whose tax ids appear in the file, by tax id, in a few queries. */
	private Map<String, Customer> existingByTaxId(List<SpreadsheetRow> rows, ImportColumns.Mapping columns) {
		List<String> taxIdHeaders = columns.fields().entrySet().stream()
			.filter(column -> column.getValue() == CustomerField.TAX_ID)
			.map(Map.Entry::getKey)
			.toList();
		List<String> taxIds = rows.stream()
			.flatMap(row -> taxIdHeaders.stream().map(header -> TaxId.normalize(row.valuesByHeader().get(header))))
			.filter(taxId -> taxId != null && !taxId.isEmpty())
			.distinct()
			.toList();
		Map<String, Customer> found = new HashMap<>();
		for (int from = 0; from < taxIds.size(); from += LOOKUP_CHUNK) {
			customers.findByTaxIdIn(taxIds.subList(from, Math.min(from + LOOKUP_CHUNK, taxIds.size())))
				.forEach(customer -> found.put(customer.getTaxId(), customer));
		}
		return found;
	}

	private ImportRejection rejection(int row, FieldError error) {
		return new ImportRejection(row, error.field(),
				messages.getMessage(error.messageKey(), error.arguments().toArray(), LocaleContextHolder.getLocale()));
	}
}
