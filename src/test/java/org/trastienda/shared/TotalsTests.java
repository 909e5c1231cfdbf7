package org.trastienda.shared;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotalsTests {

	private static LineItem line(String quantity, String unitPrice, String discount, String vatRate) {
		return new LineItem(new BigDecimal(quantity), new BigDecimal(unitPrice), new BigDecimal(discount),
				new BigDecimal(vatRate));
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	@Test
	void roundsHalfCentUpNotToEven() {
		assertThat(line("1", "0.005", "0", "21").net("EUR").amount()).isEqualByComparingTo("0.01");
		assertThat(line("2.5", "0.01", "0", "21").net("EUR").amount()).isEqualByComparingTo("0.03");
		assertThat(line("1", "0.0149", "0", "21").net("EUR").amount()).isEqualByComparingTo("0.01");
	}

	@Test
	void pricesPerThousandKeepFourDecimalsUntilTheNetIsRounded() {
		assertThat(line("3", "0.0125", "0", "21").net("EUR").amount()).isEqualByComparingTo("0.04");
		assertThat(line("1000", "0.0125", "0", "21").net("EUR").amount()).isEqualByComparingTo("12.50");
		assertThat(line("12345.678", "0.0125", "0", "21").net("EUR").amount()).isEqualByComparingTo("154.32");
	}

	@Test
	void appliesAThirdOffDiscountExactlyBeforeRounding() {
		assertThat(line("1", "1", "33.333", "21").exactNet()).isEqualByComparingTo("0.66667");
		assertThat(line("1", "1", "33.333", "21").net("EUR").amount()).isEqualByComparingTo("0.67");
		assertThat(line("3", "33.3333", "33.333", "21").net("EUR").amount()).isEqualByComparingTo("66.67");
		assertThat(line("7", "10", "100", "21").net("EUR").amount()).isEqualByComparingTo("0.00");
	}

	@Test
	void computesVatOnceForEachRateGroupAndNotPerLine() {
		// Three nets of 0.07 at 10 %: 0.007 each would round to 0.01 per line (0.03), the group gives 0.02.
		Totals totals = Totals.of("EUR", List.of(line("1", "0.07", "0", "10"), line("1", "0.07", "0", "10"),
				line("1", "0.07", "0", "10")));

		assertThat(totals.vatGroups()).singleElement().satisfies(group -> {
			assertThat(group.rate()).isEqualByComparingTo("10");
			assertThat(group.base().amount()).isEqualByComparingTo("0.21");
			assertThat(group.vat().amount()).isEqualByComparingTo("0.02");
		});
		assertThat(totals.vat().amount()).isEqualByComparingTo("0.02");
		assertThat(totals.lines()).extracting(amounts -> amounts.vat().amount())
			.containsExactly(money("0.01"), money("0.01"), money("0.00"));
	}

	@Test
	void sharesAGroupsVatOverItsLinesByLargestRemainder() {
		Totals totals = Totals.of("EUR", List.of(line("1", "0.30", "0", "21"), line("1", "0.05", "0", "21"),
				line("1", "0.04", "0", "21")));

		// 0.063 + 0.0105 + 0.0084 = 0.0819 → 0.08: floors 0.06 + 0.01 + 0.00, one cent to the 0.0084 remainder.
		assertThat(totals.vat().amount()).isEqualByComparingTo("0.08");
		assertThat(totals.lines()).extracting(amounts -> amounts.vat().amount())
			.containsExactly(money("0.06"), money("0.01"), money("0.01"));
	}

	@Test
	void groupsRatesByValueWhateverTheirScaleAndListsThemLowestFirst() {
		Totals totals = Totals.of("EUR", List.of(line("1", "100", "0", "21.00"), line("1", "50", "0", "4"),
				line("1", "100", "0", "21"), line("1", "10", "0", "10.0")));

		assertThat(totals.vatGroups()).extracting(group -> group.rate().toPlainString())
			.containsExactly("4.00", "10.00", "21.00");
		assertThat(totals.vatGroups()).extracting(group -> group.vat().amount())
			.containsExactly(money("2.00"), money("1.00"), money("42.00"));
		assertThat(totals.net().amount()).isEqualByComparingTo("260.00");
		assertThat(totals.vat().amount()).isEqualByComparingTo("45.00");
		assertThat(totals.gross().amount()).isEqualByComparingTo("305.00");
	}

	@Test
	void totalsOfManyLinesAreTheSumsOfWhatIsShown() {
		List<LineItem> items = Collections.nCopies(1000, line("1", "0.005", "0", "21"));

		Totals totals = Totals.of("EUR", items);

		// Each line shows 0.01, so the net is 10.00, not the exact 5.00.
		assertThat(totals.net().amount()).isEqualByComparingTo("10.00");
		assertThat(totals.vat().amount()).isEqualByComparingTo("2.10");
		assertThat(totals.lines().stream().map(amounts -> amounts.vat().amount()).reduce(BigDecimal.ZERO,
				BigDecimal::add)).isEqualByComparingTo("2.10");
		assertThat(totals.gross().amount()).isEqualByComparingTo("12.10");
	}

	@Test
	void everyTotalAddsUpForMixedAwkwardLines() {
		List<LineItem> items = new java.util.ArrayList<>();
		for (int index = 1; index <= 250; index++) {
			items.add(line(index + ".125", "0.0125", "33.333", index % 3 == 0 ? "10" : index % 3 == 1 ? "21" : "4"));
		}

		Totals totals = Totals.of("EUR", items);

		BigDecimal lineNets = totals.lines().stream().map(a -> a.net().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal lineVat = totals.lines().stream().map(a -> a.vat().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal groupBases = totals.vatGroups().stream().map(g -> g.base().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal groupVat = totals.vatGroups().stream().map(g -> g.vat().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(totals.net().amount()).isEqualByComparingTo(lineNets).isEqualByComparingTo(groupBases);
		assertThat(totals.vat().amount()).isEqualByComparingTo(lineVat).isEqualByComparingTo(groupVat);
		assertThat(totals.gross().amount()).isEqualByComparingTo(lineNets.add(groupVat));
		for (var group : totals.vatGroups()) {
			assertThat(group.vat().amount())
				.isEqualByComparingTo(group.base().amount().multiply(group.rate().movePointLeft(2))
					.setScale(2, java.math.RoundingMode.HALF_UP));
		}
	}

	@Test
	void noLinesMakeZeroTotals() {
		Totals totals = Totals.of("EUR", List.of());

		assertThat(totals.gross()).isEqualTo(Money.zero("EUR"));
		assertThat(totals.vatGroups()).isEmpty();
	}

	@Test
	void moneyRefusesUnroundedAmountsAndMixedCurrencies() {
		assertThatThrownBy(() -> new Money(new BigDecimal("0.005"), "EUR")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.zero("EUR").plus(Money.zero("USD"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.zero("eur")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Money.of(new BigDecimal("-0.005"), "EUR").amount()).isEqualByComparingTo("-0.01");
		assertThat(new Money(new BigDecimal("1.50"), "EUR")).isEqualTo(Money.of(new BigDecimal("1.5"), "EUR"));
	}
}
