package org.trastienda.reporting;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractFiguresTests {

	@Test
	void theExecutionRateIsExecutedOverSignedInPercentRoundedHalfUpToOneDecimal() {
		assertThat(rate("1", "3")).isEqualByComparingTo("33.3");
		assertThat(rate("2", "3")).isEqualByComparingTo("66.7");
		assertThat(rate("1", "2000")).as("0.05 rounds up").isEqualByComparingTo("0.1");
		assertThat(rate("0.99", "2000")).as("0.0495 rounds down").isEqualByComparingTo("0.0");
		assertThat(rate("150.00", "150.00")).isEqualByComparingTo("100.0");
		assertThat(rate("0", "150.00")).isEqualByComparingTo("0.0");
	}

	@Test
	void thereIsNoExecutionRateWithoutSignedContracts() {
		assertThat(rate("0", "0")).isNull();
		assertThat(ContractFigures.NONE.executionRate()).isNull();
	}

	@Test
	void amountsCarryTwoDecimals() {
		ContractFigures figures = ContractFigures.of(1, new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, 0);
		assertThat(figures.signedNet()).hasToString("10.00");
		assertThat(figures.executed()).hasToString("0.00");
	}

	@Test
	void aChangeIsTheDifferenceAndItsShareOfThePreviousValue() {
		FigureChange change = FigureChange.of(new BigDecimal("150.00"), new BigDecimal("120.00"));
		assertThat(change.change()).isEqualByComparingTo("30.00");
		assertThat(change.changePercent()).isEqualByComparingTo("25.0");
		assertThat(FigureChange.of(2L, 3L).changePercent()).isEqualByComparingTo("-33.3");
		assertThat(FigureChange.of(5L, 0L).changePercent()).as("from nothing").isNull();
		assertThat(FigureChange.of(null, new BigDecimal("12.5")).change()).isNull();
	}

	private static BigDecimal rate(String executed, String signed) {
		return ContractFigures.of(1, new BigDecimal(signed), new BigDecimal(executed), BigDecimal.ZERO,
				BigDecimal.ZERO, 0).executionRate();
	}
}
