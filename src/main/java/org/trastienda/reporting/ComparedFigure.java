package org.trastienda.reporting;

/**
 * One of the statistics' figures in a period and the previous one.
 *
 * @param name the figure as the API names it ({@code signedNet}, {@code milestonesLate}, …)
 * @param unit how it reads: a count, an amount, or a percentage (whose change is in points)
 */
public record ComparedFigure(String name, Unit unit, FigureChange change) {

	public enum Unit {
		COUNT, AMOUNT, PERCENT
	}
}
