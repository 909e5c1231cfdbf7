package org.trastienda.fulfillment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.documents.SpreadsheetExport;
import org.trastienda.documents.SpreadsheetExports;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.identity.UserDirectory;

/**
 * The shipments-and-returns register of a period within the caller's data scope: shipped and
 * returned quantities and values by customer, product, contract, return reason or month, with
 * the return rate; on a page, as JSON and as a spreadsheet. A period needs both days, the first
 * not after the last ({@link org.trastienda.shared.InvalidInputException} otherwise).
 */
@Service
@Transactional(readOnly = true)
public class ShipmentRegister {

	private final UserDirectory directory;

	private final RegisterQueries queries;

	private final SpreadsheetExports exports;

	private final MessageSource messages;

	ShipmentRegister(UserDirectory directory, RegisterQueries queries, SpreadsheetExports exports,
			MessageSource messages) {
		this.directory = directory;
		this.queries = queries;
		this.exports = exports;
		this.messages = messages;
	}

	public RegisterView register(RegisterFilter filter, RegisterGrouping groupBy) {
		new Inputs().required("from", filter.from())
			.required("to", filter.to())
			.notBefore("to", filter.to(), filter.from(), Labels.field("from"))
			.required("groupBy", groupBy)
			.throwIfAny();
		return queries.register(directory.requireCurrent().scope(), filter, groupBy);
	}

	/** The register as a spreadsheet in the caller's language: the groups, then the totals per currency. */
	public SpreadsheetExport export(RegisterFilter filter, RegisterGrouping groupBy, SpreadsheetFormat format) {
		RegisterView register = register(filter, groupBy);
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headers = new ArrayList<>();
		for (String column : List.of("group", "currency", "shippedQuantity", "shippedValue", "returnedQuantity",
				"returnedValue", "returnRatePercent")) {
			headers.add(messages.getMessage("fulfillment.register." + column, null, locale));
		}
		String name = messages.getMessage("fulfillment.register.filename",
				new Object[] { register.from().toString(), register.to().toString() }, locale);
		return exports.prepare(name, format, headers, row -> {
			register.rows().forEach(line -> row.accept(cells(line, label(line, groupBy, locale))));
			register.totals().forEach(
					line -> row.accept(cells(line, messages.getMessage("fulfillment.register.total", null, locale))));
		});
	}

	private String label(RegisterRow row, RegisterGrouping groupBy, Locale locale) {
		return groupBy == RegisterGrouping.REASON
				? messages.getMessage("fulfillment.return.reason." + row.key(), null, locale) : row.label();
	}

	private static List<?> cells(RegisterRow row, String label) {
		List<Object> cells = new ArrayList<>();
		cells.add(label);
		cells.add(row.currency());
		cells.add(row.shippedQuantity());
		cells.add(row.shippedValue());
		cells.add(row.returnedQuantity());
		cells.add(row.returnedValue());
		cells.add(row.returnRatePercent());
		return cells;
	}
}
