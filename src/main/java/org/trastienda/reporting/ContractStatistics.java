package org.trastienda.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.reporting.ContractStatisticsQueries.Figures;
import org.trastienda.reporting.ContractStatisticsQueries.GroupFigures;
import org.trastienda.reporting.ContractStatisticsQueries.Selection;

/**
 * Contract performance statistics (see {@link ContractStatisticsQueries} for what each figure
 * counts): for a period, grouped by region, owner, party or product category, beside the previous
 * period of the same length, within the signed-in user's data scope — a sales rep sees their own
 * contracts, a regional manager their region's, everybody else all of them.
 */
@Service
@Transactional(readOnly = true)
public class ContractStatistics {

	/** The most contracts a drill-down lists. */
	public static final int DRILL_DOWN_LIMIT = 200;

	private final ContractStatisticsQueries queries;

	private final UserDirectory users;

	private final MessageSource messages;

	private final ReportProperties properties;

	private final Clock clock;

	ContractStatistics(ContractStatisticsQueries queries, UserDirectory users, MessageSource messages,
			ReportProperties properties, Clock clock) {
		this.queries = queries;
		this.users = users;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** The statistics in the signed-in user's scope, labelled in the request's language. */
	public ContractStatisticsView report(Period period, Grouping grouping) {
		return report(users.requireCurrent().scope(), period, grouping, LocaleContextHolder.getLocale());
	}

	/** The statistics of the contracts in the scope, labelled in the language (the monthly pack). */
	public ContractStatisticsView report(DataScope scope, Period period, Grouping grouping, Locale locale) {
		LocalDate today = today();
		Period previous = period.previous();
		Selection current = selection(scope, period, today);
		Selection before = selection(scope, previous, today);
		Figures now = queries.figures(current, grouping);
		Figures then = queries.figures(before, grouping);
		Map<String, GroupFigures> previousGroups = new LinkedHashMap<>();
		then.groups().forEach(group -> previousGroups.put(group.key(), group));
		Map<String, StatisticsRow> rows = new LinkedHashMap<>();
		for (GroupFigures group : now.groups()) {
			GroupFigures earlier = previousGroups.get(group.key());
			rows.put(group.key(), row(grouping, group, group.figures(),
					earlier == null ? ContractFigures.NONE : earlier.figures(), locale));
		}
		previousGroups.values().stream()
			.filter(group -> !rows.containsKey(group.key()))
			.forEach(group -> rows.put(group.key(), row(grouping, group, ContractFigures.NONE, group.figures(), locale)));
		return new ContractStatisticsView(period, label(period, locale), previous, label(previous, locale), grouping,
				scope.kind(), regionName(scope), properties.currency(), current.asOf(), before.asOf(),
				List.copyOf(rows.values()), now.totals(), then.totals());
	}

	/**
	 * The contracts behind one figure, in the signed-in user's scope: of the group with the key
	 * (empty for the contracts without a value), or of all groups when the key is null. At most
	 * {@link #DRILL_DOWN_LIMIT}; each carries how many there are in all.
	 */
	public List<ContractBehindFigure> contracts(Period period, Grouping grouping, String key, Measure measure) {
		return queries.contracts(selection(users.requireCurrent().scope(), period, today()), grouping, key, measure,
				DRILL_DOWN_LIMIT);
	}

	/** The month running today, in the company's time zone. */
	public Period thisMonth() {
		return Period.month(YearMonth.from(today()));
	}

	/** Today in the company's time zone ({@code trastienda.reports.zone}). */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	/** How people name the period: Octubre 2026, T3 2026, 2026, 1 ene 2026 – 31 mar 2026. */
	public String label(Period period, Locale locale) {
		LocalDate from = period.from();
		return switch (period.kind()) {
			case MONTH -> capitalised(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(from), locale);
			case QUARTER -> messages.getMessage("reporting.stats.period.quarter",
					new Object[] { from.get(IsoFields.QUARTER_OF_YEAR), String.valueOf(from.getYear()) }, locale);
			case YEAR -> String.valueOf(from.getYear());
			case RANGE -> {
				DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
				yield days.format(from) + " – " + days.format(period.to());
			}
		};
	}

	private Selection selection(DataScope scope, Period period, LocalDate today) {
		LocalDate asOf = period.asOf(today);
		return new Selection(scope, period, asOf, asOf.plusDays(1).atStartOfDay(properties.zone()).toInstant(),
				properties.currency());
	}

	private StatisticsRow row(Grouping grouping, GroupFigures group, ContractFigures figures, ContractFigures previous,
			Locale locale) {
		String label = group.key() != null ? group.label()
				: messages.getMessage("reporting.stats.none." + grouping.value(), null, locale);
		return new StatisticsRow(group.key(), label, figures, previous);
	}

	private String regionName(DataScope scope) {
		return scope.kind() == DataScope.Kind.REGION && scope.regionId() != null
				? users.findRegionById(scope.regionId()).map(RegionView::name).orElse(null) : null;
	}

	private static String capitalised(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}
}
