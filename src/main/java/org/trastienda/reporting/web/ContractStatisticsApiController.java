package org.trastienda.reporting.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.documents.Downloads;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.reporting.ContractStatistics;
import org.trastienda.reporting.ContractStatisticsExports;
import org.trastienda.reporting.ContractStatisticsView;

/** Contract performance statistics as JSON and as files, in the caller's data scope. */
@RestController
class ContractStatisticsApiController {

	private final ContractStatistics statistics;

	private final ContractStatisticsExports exports;

	ContractStatisticsApiController(ContractStatistics statistics, ContractStatisticsExports exports) {
		this.statistics = statistics;
		this.exports = exports;
	}

	/**
	 * {@code period}: {@code 2026-10}, {@code 2026-Q3}, {@code 2026} or {@code 2026-01-01..2026-03-31}
	 * (default: this month); {@code groupBy}: {@code region} (default), {@code owner}, {@code party}
	 * or {@code category}.
	 */
	@GetMapping("/api/v1/reports/contracts")
	@PreAuthorize(StatisticsRules.READ)
	ContractStatisticsResponse get(@RequestParam(required = false) String period,
			@RequestParam(required = false) String groupBy) {
		return ContractStatisticsResponse.of(view(period, groupBy));
	}

	/**
	 * The same statistics as a file: {@code format} {@code xlsx} (default), {@code csv} or {@code pdf}.
	 * Also at {@code /reports/contracts/export} for the page's buttons, signed in by the browser session.
	 */
	@GetMapping({ "/api/v1/reports/contracts/export", "/reports/contracts/export" })
	@PreAuthorize(StatisticsRules.READ)
	void export(@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String period,
			@RequestParam(required = false) String groupBy, HttpServletResponse response) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		if ("pdf".equalsIgnoreCase(format)) {
			ContractStatisticsView view = view(period, groupBy);
			byte[] pdf = exports.pdf(view, locale);
			headers(response, exports.filename(view, locale, "pdf"), MediaType.APPLICATION_PDF);
			response.setContentLength(pdf.length);
			response.getOutputStream().write(pdf);
			return;
		}
		SpreadsheetFormat spreadsheet = SpreadsheetFormat.of(format);
		ContractStatisticsView view = view(period, groupBy);
		headers(response, exports.filename(view, locale, spreadsheet.extension()), spreadsheet.mediaType());
		exports.spreadsheet(view, locale, spreadsheet, response.getOutputStream());
	}

	private ContractStatisticsView view(String period, String groupBy) {
		StatisticsParameters parameters = StatisticsParameters.of(period, groupBy, statistics::thisMonth);
		return statistics.report(parameters.period(), parameters.grouping());
	}

	private static void headers(HttpServletResponse response, String filename, MediaType type) {
		Downloads.headers(filename, type).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
	}
}
