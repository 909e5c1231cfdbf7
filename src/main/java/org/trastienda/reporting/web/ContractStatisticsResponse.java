package org.trastienda.reporting.web;

import java.time.LocalDate;
import java.util.List;

import org.trastienda.reporting.ContractFigures;
import org.trastienda.reporting.ContractStatisticsView;
import org.trastienda.reporting.Period;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The contract statistics as the API answers them: the period's rows and totals, and the previous period's totals. */
record ContractStatisticsResponse(PeriodJson period, String groupBy, String currency, List<Row> rows,
		ContractFigures totals, Previous previous) {

	/** A period with its notation ({@code 2026-Q3}), first and last day, the as-of day of late milestones and its name. */
	record PeriodJson(String value, Period.Kind kind, LocalDate from, LocalDate to, LocalDate asOf, String label) {
	}

	/** One group: key (null for contracts without one), label, and the figures. */
	record Row(String key, String label, @JsonUnwrapped ContractFigures figures) {
	}

	record Previous(PeriodJson period, ContractFigures totals) {
	}

	static ContractStatisticsResponse of(ContractStatisticsView view) {
		return new ContractStatisticsResponse(
				period(view.period(), view.asOf(), view.periodLabel()), view.grouping().value(), view.currency(),
				view.rows().stream().map(row -> new Row(row.key(), row.label(), row.figures())).toList(), view.totals(),
				new Previous(period(view.previousPeriod(), view.previousAsOf(), view.previousPeriodLabel()),
						view.previousTotals()));
	}

	private static PeriodJson period(Period period, LocalDate asOf, String label) {
		return new PeriodJson(period.value(), period.kind(), period.from(), period.to(), asOf, label);
	}
}
