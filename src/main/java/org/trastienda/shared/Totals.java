package org.trastienda.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The amounts of a list of priced lines, each rounded once and then only added up, so every
 * total is the exact sum of what is shown:
 * <ul>
 * <li>each line's net is rounded HALF_UP to cents;</li>
 * <li>VAT is computed per rate on the sum of the group's rounded nets, rounded HALF_UP to cents;</li>
 * <li>a group's VAT is shared out over its lines in proportion to their nets (largest remainder
 * first), so the lines' VAT adds up to the group's;</li>
 * <li>net, VAT and gross totals are sums of the lines' nets and the groups' VAT.</li>
 * </ul>
 */
public final class Totals {

	/** One line's share: its net and the part of its rate group's VAT it carries. */
	public record LineAmounts(Money net, Money vat) {
	}

	/** The lines taxed at one rate: the sum of their nets and the VAT on it. */
	public record VatGroup(BigDecimal rate, Money base, Money vat) {
	}

	private final List<LineAmounts> lines;

	private final List<VatGroup> vatGroups;

	private final Money net;

	private final Money vat;

	private Totals(List<LineAmounts> lines, List<VatGroup> vatGroups, Money net, Money vat) {
		this.lines = List.copyOf(lines);
		this.vatGroups = List.copyOf(vatGroups);
		this.net = net;
		this.vat = vat;
	}

	public static Totals of(String currency, List<LineItem> items) {
		List<Money> nets = items.stream().map(item -> item.net(currency)).toList();
		Map<BigDecimal, List<Integer>> byRate = new TreeMap<>(Comparator.naturalOrder());
		for (int index = 0; index < items.size(); index++) {
			byRate.computeIfAbsent(items.get(index).vatRate().stripTrailingZeros(), rate -> new ArrayList<>()).add(index);
		}
		Money[] lineVat = new Money[items.size()];
		List<VatGroup> groups = new ArrayList<>();
		for (Map.Entry<BigDecimal, List<Integer>> group : byRate.entrySet()) {
			BigDecimal factor = group.getKey().movePointLeft(2);
			Money base = sum(currency, group.getValue().stream().map(nets::get).toList());
			Money groupVat = base.times(factor);
			shareOut(groupVat, factor, group.getValue(), nets, lineVat);
			groups.add(new VatGroup(group.getKey().setScale(Math.max(2, group.getKey().scale())), base, groupVat));
		}
		List<LineAmounts> lines = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			lines.add(new LineAmounts(nets.get(index), lineVat[index]));
		}
		return new Totals(lines, groups, sum(currency, nets), sum(currency, groups.stream().map(VatGroup::vat).toList()));
	}

	/**
	 * Gives each line its net × rate rounded down to cents, then the cents still missing to the
	 * group's VAT one each to the lines with the largest remainders (the earlier line on a tie).
	 */
	private static void shareOut(Money groupVat, BigDecimal factor, List<Integer> members, List<Money> nets,
			Money[] lineVat) {
		String currency = groupVat.currency();
		Map<Integer, BigDecimal> remainders = new LinkedHashMap<>();
		BigDecimal given = BigDecimal.ZERO;
		for (int index : members) {
			BigDecimal exact = nets.get(index).amount().multiply(factor);
			BigDecimal floor = exact.setScale(Money.SCALE, RoundingMode.FLOOR);
			lineVat[index] = new Money(floor, currency);
			remainders.put(index, exact.subtract(floor));
			given = given.add(floor);
		}
		BigDecimal cent = BigDecimal.ONE.movePointLeft(Money.SCALE);
		int missingCents = groupVat.amount().subtract(given).divide(cent).intValueExact();
		remainders.entrySet().stream()
			.sorted(Map.Entry.<Integer, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(missingCents)
			.forEach(entry -> lineVat[entry.getKey()] = lineVat[entry.getKey()].plus(new Money(cent, currency)));
	}

	private static Money sum(String currency, List<Money> amounts) {
		return amounts.stream().reduce(Money.zero(currency), Money::plus);
	}

	/** Per line, in the order given. */
	public List<LineAmounts> lines() {
		return lines;
	}

	/** Per VAT rate, lowest rate first. */
	public List<VatGroup> vatGroups() {
		return vatGroups;
	}

	public Money net() {
		return net;
	}

	public Money vat() {
		return vat;
	}

	public Money gross() {
		return net.plus(vat);
	}
}
