package org.trastienda.reporting.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.reporting.ContractBehindFigure;
import org.trastienda.reporting.ContractFigures;
import org.trastienda.reporting.ContractStatistics;
import org.trastienda.reporting.ContractStatisticsView;
import org.trastienda.reporting.Grouping;
import org.trastienda.reporting.Measure;
import org.trastienda.reporting.Period;
import org.trastienda.reporting.StatisticsRow;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.web.Htmx;

import tools.jackson.databind.json.JsonMapper;

/**
 * The contract statistics page: period picker, grouping, the table with each figure leading to
 * the contracts behind it, a chart of the signed amounts against the previous period, and the
 * totals compared with the previous period.
 */
@Controller
@RequestMapping("/reports/contracts")
class ContractStatisticsController {

	/** The groups the chart shows: the ones with most signed. */
	static final int CHART_GROUPS = 15;

	private final ContractStatistics statistics;

	private final MessageSource messages;

	private final JsonMapper json;

	ContractStatisticsController(ContractStatistics statistics, MessageSource messages, JsonMapper json) {
		this.statistics = statistics;
		this.messages = messages;
		this.json = json;
	}

	/** A period named by {@code period}, or picked with the picker's fields; this month when neither. */
	@GetMapping
	@PreAuthorize(StatisticsRules.READ)
	String page(@RequestParam(required = false) String period, @RequestParam(required = false) String groupBy,
			PeriodPicker picker, Model model, HttpServletResponse response) {
		model.addAttribute("groupings", Grouping.values());
		model.addAttribute("periodKinds", Period.Kind.values());
		try {
			StatisticsParameters parameters = StatisticsParameters.of(
					period != null && !period.isBlank() ? period : picker.text(), groupBy, statistics::thisMonth);
			ContractStatisticsView view = statistics.report(parameters.period(), parameters.grouping());
			model.addAttribute("view", view);
			model.addAttribute("picker", PeriodPicker.of(view.period()));
			model.addAttribute("nextPeriodLabel", statistics.label(view.period().next(), LocaleContextHolder.getLocale()));
			model.addAttribute("chartGroups", CHART_GROUPS);
			model.addAttribute("groupBy", view.grouping().value());
			model.addAttribute("chart", json.writeValueAsString(chart(view)));
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("picker", picker);
			model.addAttribute("groupBy", groupBy);
			model.addAttribute("errors", messages(invalid));
		}
		return "reporting/contract-statistics";
	}

	/**
	 * The contracts behind a figure ({@code measure}) of the group {@code key} (empty: the contracts
	 * without one; absent: all groups): a fragment for htmx, a page otherwise.
	 */
	@GetMapping("/drill")
	@PreAuthorize(StatisticsRules.READ)
	String drill(@RequestParam(required = false) String period, @RequestParam(required = false) String groupBy,
			@RequestParam(required = false) String key, @RequestParam(required = false) String measure, Model model,
			HttpServletRequest request) {
		Measure figure = Measure.parse(measure);
		StatisticsParameters parameters = StatisticsParameters.of(period, groupBy, statistics::thisMonth);
		List<ContractBehindFigure> contracts = statistics.contracts(parameters.period(), parameters.grouping(), key,
				figure);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("measure", figure.value());
		model.addAttribute("period", parameters.period());
		model.addAttribute("periodLabel", statistics.label(parameters.period(), locale));
		model.addAttribute("groupBy", parameters.grouping().value());
		model.addAttribute("groupLabel", key == null ? null : groupLabel(parameters.grouping(), key, contracts, locale));
		model.addAttribute("contracts", contracts);
		model.addAttribute("total", contracts.isEmpty() ? 0 : contracts.get(0).contractCount());
		return Htmx.isHtmx(request) ? "reporting/partials/drill :: drill" : "reporting/contract-drill";
	}

	/** The signed net amounts of the groups with most signed, this period and the previous one. */
	private Map<String, Object> chart(ContractStatisticsView view) {
		List<StatisticsRow> shown = view.rows().stream().limit(CHART_GROUPS).toList();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("currency", view.currency());
		chart.put("labels", shown.stream().map(StatisticsRow::label).toList());
		chart.put("datasets", List.of(dataset(view.periodLabel(), shown.stream().map(StatisticsRow::figures).toList()),
				dataset(view.previousPeriodLabel(), shown.stream().map(StatisticsRow::previous).toList())));
		return chart;
	}

	private static Map<String, Object> dataset(String label, List<ContractFigures> figures) {
		List<BigDecimal> amounts = figures.stream().map(ContractFigures::signedNet).toList();
		return Map.of("label", label, "data", amounts);
	}

	/** How the drill-down names its group: as the rows in scope name it, so no name leaks from outside the scope. */
	private String groupLabel(Grouping grouping, String key, List<ContractBehindFigure> contracts, Locale locale) {
		if (key.isEmpty()) {
			return messages.getMessage("reporting.stats.none." + grouping.value(), null, locale);
		}
		if (grouping == Grouping.CATEGORY || contracts.isEmpty()) {
			return key;
		}
		ContractBehindFigure first = contracts.get(0);
		return switch (grouping) {
			case REGION -> first.regionName();
			case OWNER -> first.ownerName();
			default -> first.partyName();
		};
	}

	private Map<String, String> messages(InvalidInputException invalid) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : invalid.errors()) {
			errors.put(error.field(), messages.getMessage(error.messageKey(), error.arguments().toArray(), locale));
		}
		return errors;
	}
}
