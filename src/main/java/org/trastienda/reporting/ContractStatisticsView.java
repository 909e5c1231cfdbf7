package org.trastienda.reporting;

import java.time.LocalDate;
import java.util.List;

import org.trastienda.identity.DataScope;
import org.trastienda.reporting.ComparedFigure.Unit;

/**
 * The contract statistics of a period grouped one way, beside those of the previous period of the
 * same kind and length, with the labels in one language.
 *
 * @param scope whose contracts: all, one region's, or one sales rep's
 * @param scopeName the region's name when the scope is a region, else null
 * @param asOf the day the late milestones were counted on (see {@link Period#asOf})
 */
public record ContractStatisticsView(Period period, String periodLabel, Period previousPeriod,
		String previousPeriodLabel, Grouping grouping, DataScope.Kind scope, String scopeName, String currency,
		LocalDate asOf, LocalDate previousAsOf, List<StatisticsRow> rows, ContractFigures totals,
		ContractFigures previousTotals) {

	/** The totals against the previous period's, figure by figure. */
	public List<ComparedFigure> comparison() {
		ContractFigures now = totals;
		ContractFigures then = previousTotals;
		return List.of(compared("signedCount", Unit.COUNT, now.signedCount(), then.signedCount()),
				compared("signedNet", Unit.AMOUNT, now.signedNet(), then.signedNet()),
				compared("executed", Unit.AMOUNT, now.executed(), then.executed()),
				compared("invoiced", Unit.AMOUNT, now.invoiced(), then.invoiced()),
				compared("collected", Unit.AMOUNT, now.collected(), then.collected()),
				compared("executionRate", Unit.PERCENT, now.executionRate(), then.executionRate()),
				compared("milestonesLate", Unit.COUNT, now.milestonesLate(), then.milestonesLate()));
	}

	private static ComparedFigure compared(String name, Unit unit, Number now, Number then) {
		return new ComparedFigure(name, unit, FigureChange.of(now, then));
	}
}
