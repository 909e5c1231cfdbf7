package org.trastienda.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * The contract statistics of one group, or of all: the contracts signed in the period (how many,
 * and their net amount), the amounts executed, invoiced and collected in it, the execution rate,
 * and how many milestones were late on the period's as-of day. Amounts in the report's currency.
 *
 * @param executionRate executed as a percentage of the signed net amount, rounded HALF_UP to one
 * decimal (12.5 for 12.5 %); null when nothing was signed, as no rate exists then
 */
public record ContractFigures(long signedCount, BigDecimal signedNet, BigDecimal executed, BigDecimal invoiced,
		BigDecimal collected, BigDecimal executionRate, long milestonesLate) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Nothing signed, executed, invoiced or collected, and nothing late. */
	public static final ContractFigures NONE = of(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);

	/** The figures with their execution rate worked out. */
	public static ContractFigures of(long signedCount, BigDecimal signedNet, BigDecimal executed, BigDecimal invoiced,
			BigDecimal collected, long milestonesLate) {
		return new ContractFigures(signedCount, money(signedNet), money(executed), money(invoiced), money(collected),
				rate(executed, signedNet), milestonesLate);
	}

	/** The figures of several disjoint groups together. */
	static ContractFigures sum(List<ContractFigures> groups) {
		return of(groups.stream().mapToLong(ContractFigures::signedCount).sum(), total(groups, ContractFigures::signedNet),
				total(groups, ContractFigures::executed), total(groups, ContractFigures::invoiced),
				total(groups, ContractFigures::collected), groups.stream().mapToLong(ContractFigures::milestonesLate).sum());
	}

	private static BigDecimal total(List<ContractFigures> groups, Function<ContractFigures, BigDecimal> amount) {
		return groups.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** How much the signed net amount changed from the previous figures, in % of them; null when they had none. */
	public BigDecimal signedNetChangePercent(ContractFigures previous) {
		return FigureChange.of(signedNet, previous.signedNet).changePercent();
	}

	/** {@code part} as a percentage of {@code whole}, HALF_UP to one decimal; null when the whole is zero. */
	static BigDecimal rate(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}
}
