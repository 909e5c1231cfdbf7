package org.trastienda.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.identity.DataScope;

/**
 * The contract statistics in SQL. Reads {@code contract}, {@code contract_line} (V12),
 * {@code milestone} (V13), {@code shipment}, {@code shipment_line}, {@code shipment_return} and
 * {@code shipment_return_line} (V15_1), {@code invoice} and {@code invoice_line} (V17), {@code product} (V11)
 * for categories, and {@code region}, {@code app_user} and {@code customer} for labels. The indexes it
 * needs: {@code contract (signed_on)}, {@code (region_id, signed_on)} and {@code (owner_id)} for the
 * signatures in a scope, {@code milestone (planned_date, actual_date)} for the late milestones,
 * {@code contract_line (contract_id, position)} for the lines of a contract, {@code shipment (delivered_on)}
 * (V19), {@code shipment_return (received_on, status)} and {@code invoice (issue_date, series_id)} for the
 * period's deliveries, returns and invoices.
 * <p>
 * Which contracts count: sales contracts in the report's currency that were approved (active or
 * completed) and are in the data scope. Each figure is one select of the union {@code m}, giving
 * rows of {@code (contract_id, line_id, product_id, measure, amount)} plus the contract's region,
 * owner and party — {@code line_id} and the line's {@code product_id} when the figure belongs to one
 * line of the contract, null when it belongs to the whole contract:
 * <ul>
 * <li>{@code SIGNED}: the contracts signed within the period, at their net total (per line, at the
 * line's net amount, when grouping by category);</li>
 * <li>{@code EXECUTED}: per shipment line, the goods delivered within the period ({@code shipment.delivered_on})
 * at the line's net unit price, less the returns received within the period at the same price;</li>
 * <li>{@code INVOICED}: per invoice line, the net amounts of the invoices issued within the period and
 * not cancelled (rectifying invoices' lines are negative); a free line belongs to the whole contract;</li>
 * <li>{@code COLLECTED}: <b>no rows yet</b>, so 0: nothing records payments received until the
 * collections module exists; the milestones' amounts are plans, not facts. That module replaces the
 * empty select with one on its tables (joined to {@code contract c} under the same conditions);</li>
 * <li>{@code LATE}: one row per milestone of an active contract (or one completed after the as-of
 * day) planned before the as-of day and not done by then — what the schedule showed as late on that
 * day.</li>
 * </ul>
 * Grouping by category attributes line rows to their product's category and whole-contract rows to
 * every category among the contract's lines, so a contract may count in several categories while
 * the totals count it once. The category is the catalogue's ({@code product.category}); a
 * free-text line, or a product without a category, is uncategorised.
 */
@Component
@Transactional(readOnly = true)
class ContractStatisticsQueries {

	/** What the figures are about: the contracts in the scope, signed in the currency, over the period as of a day. */
	record Selection(DataScope scope, Period period, LocalDate asOf, Instant asOfEnd, String currency) {
	}

	/** The figures of one group; key and label are null for contracts without a value (no region, no category). */
	record GroupFigures(String key, String label, ContractFigures figures) {
	}

	/** The figures per group and of all groups. */
	record Figures(List<GroupFigures> groups, ContractFigures totals) {
	}

	/**
	 * How one grouping reads its key and label. {@code joins} may use the measures' union per
	 * contract ({@code %s}). {@code perLine}: the signed figures are needed per line (so a contract is
	 * counted once per group however many of its lines are in it). {@code partition}: each contract
	 * falls in exactly one group, so the totals are the sums of the groups.
	 */
	private record Dimension(String key, String label, String joins, String groupBy, boolean perLine,
			boolean partition) {

		String signedCount() {
			return perLine ? "COUNT(DISTINCT CASE WHEN m.measure = 'SIGNED' THEN m.contract_id END)"
					: "SUM(CASE WHEN m.measure = 'SIGNED' THEN 1 ELSE 0 END)";
		}
	}

	private static final String COUNTED = """
			c.kind = 'SALE' AND c.status IN ('ACTIVE', 'COMPLETED') AND c.currency = :currency AND %s""";

	private static final String SIGNED_PER_CONTRACT = """
			SELECT c.id AS contract_id, CAST(NULL AS BIGINT) AS line_id, CAST(NULL AS BIGINT) AS product_id,
			        'SIGNED' AS measure, c.net_total AS amount, c.region_id, c.owner_id, c.party_id
			    FROM contract c
			    WHERE %s AND c.signed_on BETWEEN :from AND :to""";

	private static final String SIGNED_PER_LINE = """
			SELECT c.id AS contract_id, l.id AS line_id, l.product_id, 'SIGNED' AS measure, l.net_amount AS amount,
			        c.region_id, c.owner_id, c.party_id
			    FROM contract c JOIN contract_line l ON l.contract_id = c.id
			    WHERE %s AND c.signed_on BETWEEN :from AND :to""";

	/*
	 * One select per figure, as a derived table rather than common table expressions: H2 (2.3) keeps
	 * the results of a WITH clause's parameters from the first execution of a cached statement
	 * (h2database issue 4228).
	 */
	private static final String MEASURES = """
			    %1$s
			    UNION ALL
			    -- executed within the period: goods delivered, at the contract line's net unit price
			    SELECT c.id, sl.contract_line_id, sl.product_id, 'EXECUTED', ROUND(sl.quantity * sl.unit_net_price, 2),
			        c.region_id, c.owner_id, c.party_id
			    FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id JOIN contract c ON c.id = s.contract_id
			    WHERE %2$s AND s.status = 'DELIVERED' AND s.delivered_on BETWEEN :from AND :to
			    UNION ALL
			    -- less the goods that came back within the period
			    SELECT c.id, sl.contract_line_id, sl.product_id, 'EXECUTED', -ROUND(rl.quantity * sl.unit_net_price, 2),
			        c.region_id, c.owner_id, c.party_id
			    FROM shipment_return r JOIN shipment_return_line rl ON rl.return_id = r.id
			    JOIN shipment_line sl ON sl.id = rl.shipment_line_id JOIN contract c ON c.id = r.contract_id
			    WHERE %2$s AND r.status IN ('RECEIVED', 'CLOSED') AND r.received_on BETWEEN :from AND :to
			    UNION ALL
			    -- invoiced within the period, net of VAT; rectifying invoices carry negative lines
			    SELECT c.id, il.contract_line_id, cl.product_id, 'INVOICED', il.net_amount, c.region_id, c.owner_id,
			        c.party_id
			    FROM invoice i JOIN invoice_line il ON il.invoice_id = i.id JOIN contract c ON c.id = i.contract_id
			    LEFT JOIN contract_line cl ON cl.id = il.contract_line_id
			    WHERE %2$s AND i.status = 'ISSUED' AND i.issue_date BETWEEN :from AND :to
			    UNION ALL
			    -- collected within the period: the billing module's payments received will give these rows
			    SELECT c.id, NULL, NULL, 'COLLECTED', CAST(0 AS NUMERIC(19, 2)), c.region_id, c.owner_id, c.party_id
			    FROM contract c WHERE 1 = 0
			    UNION ALL
			    -- late: open on the as-of day, of a contract active on that day
			    SELECT m.contract_id, NULL, NULL, 'LATE', CAST(1 AS NUMERIC(19, 2)), c.region_id, c.owner_id, c.party_id
			    FROM milestone m JOIN contract c ON c.id = m.contract_id
			    WHERE %2$s AND m.planned_date < :asOf AND (m.actual_date IS NULL OR m.actual_date > :asOf)
			      AND (c.status = 'ACTIVE' OR c.completed_at >= :asOfEnd)""";

	/**
	 * Line figures in their product's category, whole-contract figures in each category of the
	 * contract's lines (read for the contracts of whole-contract figures only).
	 */
	private static final String CATEGORY_JOINS = """
			LEFT JOIN product lp ON lp.id = m.product_id
			LEFT JOIN (
			    SELECT DISTINCT l.contract_id, p.category FROM contract_line l LEFT JOIN product p ON p.id = l.product_id
			    WHERE l.contract_id IN (SELECT x.contract_id FROM (%s) x WHERE x.measure <> 'SIGNED')
			) cc ON m.line_id IS NULL AND cc.contract_id = m.contract_id""";

	private static final String CATEGORY_KEY = "CASE WHEN m.line_id IS NULL THEN cc.category ELSE lp.category END";

	private static final String FIGURES = """
			SELECT %1$s AS group_key, %2$s AS group_label, %3$s AS signed_count,
			    COALESCE(SUM(CASE WHEN m.measure = 'SIGNED' THEN m.amount END), 0) AS signed_net,
			    COALESCE(SUM(CASE WHEN m.measure = 'EXECUTED' THEN m.amount END), 0) AS executed,
			    COALESCE(SUM(CASE WHEN m.measure = 'INVOICED' THEN m.amount END), 0) AS invoiced,
			    COALESCE(SUM(CASE WHEN m.measure = 'COLLECTED' THEN m.amount END), 0) AS collected,
			    COALESCE(SUM(CASE WHEN m.measure = 'LATE' THEN m.amount END), 0) AS milestones_late
			FROM (
			%4$s
			) m
			%5$s
			%6$s""";

	private static final String CONTRACTS = """
			SELECT c.id, c.number, c.title, c.party_id, c.party_name, c.signed_on, o.full_name AS owner_name,
			    g.name AS region_name, SUM(m.amount) AS amount, COUNT(*) OVER () AS contract_count
			FROM (
			%1$s
			) m JOIN contract c ON c.id = m.contract_id
			LEFT JOIN app_user o ON o.id = c.owner_id
			LEFT JOIN region g ON g.id = c.region_id
			%2$s
			WHERE m.measure = :measure AND %3$s
			GROUP BY c.id, c.number, c.title, c.party_id, c.party_name, c.signed_on, o.full_name, g.name
			ORDER BY c.signed_on DESC, c.number
			LIMIT :limit""";

	private static final Dimension TOTAL = new Dimension("CAST(NULL AS VARCHAR(1))", "CAST(NULL AS VARCHAR(1))", "",
			null, false, true);

	private final JdbcClient jdbc;

	ContractStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures per group, the groups with most signed first (a group appears when one of its
	 * figures is not 0), and the totals.
	 */
	Figures figures(Selection selection, Grouping grouping) {
		Dimension dimension = dimension(grouping);
		String sql = FIGURES.formatted(dimension.key(), dimension.label(), dimension.signedCount(),
				measures(selection, dimension), dimension.joins().formatted(measures(selection, TOTAL)),
				"GROUP BY " + dimension.groupBy() + "\nORDER BY signed_net DESC, group_label, group_key");
		List<GroupFigures> groups = bind(jdbc.sql(sql), selection).query(ContractStatisticsQueries::groupFigures).list();
		return new Figures(groups, dimension.partition()
				? ContractFigures.sum(groups.stream().map(GroupFigures::figures).toList()) : totals(selection));
	}

	/**
	 * The contracts behind one figure of one group (of all groups when {@code key} is null; the
	 * contracts without a value when it is empty), newest signature first, at most {@code limit}.
	 */
	List<ContractBehindFigure> contracts(Selection selection, Grouping grouping, String key, Measure measure,
			int limit) {
		Dimension dimension = key == null ? TOTAL : dimension(grouping);
		String sql = CONTRACTS.formatted(measures(selection, dimension),
				dimension.joins().formatted(measures(selection, TOTAL)),
				key == null ? "1 = 1" : "COALESCE(" + dimension.key() + ", '') = :key");
		return bind(jdbc.sql(sql), selection).param("measure", measure.name())
			.param("key", key)
			.param("limit", limit)
			.query((rs, row) -> new ContractBehindFigure(rs.getLong("id"), rs.getString("number"),
					rs.getString("title"), rs.getLong("party_id"), rs.getString("party_name"),
					rs.getObject("signed_on", LocalDate.class), rs.getString("owner_name"), rs.getString("region_name"),
					rs.getBigDecimal("amount"), rs.getLong("contract_count")))
			.list();
	}

	/** The figures of all the contracts selected, each counted once. */
	private ContractFigures totals(Selection selection) {
		String sql = FIGURES.formatted(TOTAL.key(), TOTAL.label(), TOTAL.signedCount(), measures(selection, TOTAL), "",
				"");
		return bind(jdbc.sql(sql), selection).query(ContractStatisticsQueries::groupFigures).single().figures();
	}

	private static String measures(Selection selection, Dimension dimension) {
		String counted = COUNTED.formatted(ScopeCondition.of(selection.scope()));
		return MEASURES.formatted((dimension.perLine() ? SIGNED_PER_LINE : SIGNED_PER_CONTRACT).formatted(counted),
				counted);
	}

	private static Dimension dimension(Grouping grouping) {
		return switch (grouping) {
			case REGION -> new Dimension("r.code", "r.name", "LEFT JOIN region r ON r.id = m.region_id",
					"r.code, r.name", false, true);
			case OWNER -> new Dimension("u.username", "u.full_name", "LEFT JOIN app_user u ON u.id = m.owner_id",
					"u.username, u.full_name", false, true);
			case PARTY -> new Dimension("CAST(m.party_id AS VARCHAR(20))", "p.legal_name",
					"JOIN customer p ON p.id = m.party_id", "m.party_id, p.legal_name", false, true);
			case CATEGORY -> new Dimension(CATEGORY_KEY, CATEGORY_KEY, CATEGORY_JOINS, CATEGORY_KEY, true, false);
		};
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Selection selection) {
		return ScopeCondition.bind(statement, selection.scope())
			.param("currency", selection.currency())
			.param("from", selection.period().from())
			.param("to", selection.period().to())
			.param("asOf", selection.asOf())
			.param("asOfEnd", OffsetDateTime.ofInstant(selection.asOfEnd(), ZoneOffset.UTC));
	}

	private static GroupFigures groupFigures(ResultSet rs, int row) throws SQLException {
		return new GroupFigures(rs.getString("group_key"), rs.getString("group_label"),
				ContractFigures.of(rs.getLong("signed_count"), rs.getBigDecimal("signed_net"),
						rs.getBigDecimal("executed"), rs.getBigDecimal("invoiced"), rs.getBigDecimal("collected"),
						rs.getLong("milestones_late")));
	}
}
