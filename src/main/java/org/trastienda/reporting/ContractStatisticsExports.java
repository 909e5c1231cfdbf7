package org.trastienda.reporting;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.trastienda.documents.PdfRenderer;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.documents.Spreadsheets;

/**
 * The contract statistics as files: a spreadsheet (XLSX or CSV) with one row per group and period
 * plus each period's totals, and a PDF with the table, the totals against the previous period and
 * the notes the page shows.
 */
@Service
public class ContractStatisticsExports {

	static final String PDF_TEMPLATE = "reporting/contract-statistics-pdf";

	private static final List<String> COLUMNS = List.of("period", "group", "signedCount", "signedNet", "executed",
			"invoiced", "collected", "executionRate", "milestonesLate");

	private final Spreadsheets spreadsheets;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	ContractStatisticsExports(Spreadsheets spreadsheets, PdfRenderer pdf, MessageSource messages) {
		this.spreadsheets = spreadsheets;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** The file name of an export: {@code estadisticas-contratos-2026-Q3-region.xlsx} in Spanish. */
	public String filename(ContractStatisticsView view, Locale locale, String extension) {
		return messages.getMessage("reporting.stats.filename",
				new Object[] { view.period().value().replace("..", "_"), view.grouping().value() }, locale) + "." + extension;
	}

	/** Writes the spreadsheet: the period's groups and total, then the previous period's. */
	public void spreadsheet(ContractStatisticsView view, Locale locale, SpreadsheetFormat format, OutputStream out) {
		List<String> headers = COLUMNS.stream()
			.map(column -> messages.getMessage("reporting.stats.column." + column, null, locale))
			.toList();
		String total = messages.getMessage("reporting.stats.total", null, locale);
		List<List<?>> rows = new ArrayList<>();
		view.rows().forEach(row -> rows.add(cells(view.periodLabel(), row.label(), row.figures())));
		rows.add(cells(view.periodLabel(), total, view.totals()));
		view.rows().forEach(row -> rows.add(cells(view.previousPeriodLabel(), row.label(), row.previous())));
		rows.add(cells(view.previousPeriodLabel(), total, view.previousTotals()));
		spreadsheets.write(format, out, headers, rows.stream());
	}

	/** The PDF, in the language. */
	public byte[] pdf(ContractStatisticsView view, Locale locale) {
		return pdf.render(PDF_TEMPLATE, Map.of("view", view), locale);
	}

	private static List<?> cells(String period, String group, ContractFigures figures) {
		return Arrays.asList(period, group, figures.signedCount(), figures.signedNet(), figures.executed(),
				figures.invoiced(), figures.collected(), figures.executionRate(), figures.milestonesLate());
	}
}
