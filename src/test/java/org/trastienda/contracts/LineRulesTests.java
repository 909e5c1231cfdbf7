package org.trastienda.contracts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.trastienda.shared.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class LineRulesTests {

	private static ContractLineData line(String quantity, String unitPrice, String discount, String vatRate) {
		return new ContractLineData(null, null, "Tornillo", quantity == null ? null : new BigDecimal(quantity), "ud",
				unitPrice == null ? null : new BigDecimal(unitPrice), discount == null ? null : new BigDecimal(discount),
				vatRate == null ? null : new BigDecimal(vatRate));
	}

	private static List<String> errors(ContractLineData... lines) {
		Checks checks = new Checks();
		LineRules.check(checks, List.of(lines), Set.of(7L));
		return checks.errors().stream().map(error -> error.field() + " " + error.messageKey()).toList();
	}

	@Test
	void acceptsThePrecisionsTheIssueAllows() {
		assertThat(errors(line("12345.678", "0.0125", "33.333", "21"), line("1", "0", null, "0"),
				line("0.001", "999999999999999.9999", "100", "10.5"))).isEmpty();
	}

	@Test
	void refusesMorePrecisionThanAllowed() {
		assertThat(errors(line("1.0001", "0.00001", "33.3333", "21.005"))).containsExactly(
				"lines[0].quantity contracts.error.decimals", "lines[0].unitPrice contracts.error.decimals",
				"lines[0].discountPercent contracts.error.decimals", "lines[0].vatRate contracts.error.decimals");
	}

	@Test
	void refusesOutOfRangeValues() {
		assertThat(errors(line("0", "-1", "100.001", "-1"))).containsExactly("lines[0].quantity contracts.error.positive",
				"lines[0].unitPrice contracts.error.negative", "lines[0].discountPercent contracts.error.between",
				"lines[0].vatRate contracts.error.between");
		assertThat(errors(line("1234567890123", "1", null, "21"))).containsExactly(
				"lines[0].quantity contracts.error.tooLarge");
	}

	@Test
	void requiresTextsAndAmountsAndKnownLineIds() {
		ContractLineData blank = new ContractLineData(99L, null, " ", null, "", null, null, null);
		assertThat(errors(blank)).containsExactly("lines[0].id contracts.error.line.unknown",
				"lines[0].description contracts.error.required", "lines[0].unit contracts.error.required",
				"lines[0].quantity contracts.error.required", "lines[0].unitPrice contracts.error.required",
				"lines[0].vatRate contracts.error.required");
		ContractLineData known = new ContractLineData(7L, null, "a", BigDecimal.ONE, "u", BigDecimal.ONE, null,
				BigDecimal.TEN);
		assertThat(errors(known, known)).containsExactly("lines[1].id contracts.error.line.unknown");
	}

	@Test
	void limitsTheNumberOfLines() {
		Checks checks = new Checks();
		LineRules.check(checks, Collections.nCopies(LineRules.MAX_LINES + 1, line("1", "1", null, "21")), Set.of());
		assertThat(checks.errors()).extracting(FieldError::field).containsExactly("lines");
	}

	@Test
	void namesTheLineInTheMessage() {
		Checks checks = new Checks();
		LineRules.check(checks, List.of(line("1", "1", null, "21"), line("0", "1", null, "21")), Set.of());
		assertThat(checks.errors()).singleElement()
			.satisfies(error -> assertThat(error.arguments().get(0).toString()).contains("contracts.field.line.quantity"));
	}
}
