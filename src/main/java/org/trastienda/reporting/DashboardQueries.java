package org.trastienda.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.identity.DataScope;

/**
 * The dashboard's figures, in SQL, limited to the records the data scope allows. Reads
 * {@code customer}, {@code region}, {@code customer_certificate} and {@code audit_entry}
 * (all indexed on the columns filtered here by V2 and V5). Archived customers are left out.
 */
@Component
@Transactional(readOnly = true)
class DashboardQueries {

	record KindCount(String kind, long count) {
	}

	record RegionCount(String regionCode, String regionName, long count) {
	}

	record ExpiringCertificate(Long customerId, String customerCode, String customerName, String type,
			String number, LocalDate expiresOn) {
	}

	record Activity(Long customerId, String customerCode, String customerName, String entityType, String action,
			String summary, String actor, Instant occurredAt) {
	}

	/** Certificates expiring in the warning window, how many there are, and how many already expired. */
	record CertificateFigures(List<ExpiringCertificate> expiring, long expiringCount, long expiredCount, int days) {
	}

	private static final String VISIBLE = "c.status <> 'ARCHIVED' AND ";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	private final int expiryDays;

	DashboardQueries(JdbcClient jdbc, Clock clock,
			@Value("${trastienda.certificates.expiry-zone:Europe/Madrid}") ZoneId zone,
			@Value("${trastienda.certificates.expiry-days:30}") int expiryDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
		this.expiryDays = expiryDays;
	}

	List<KindCount> customersByKind(DataScope scope) {
		return scoped("""
				SELECT c.kind, COUNT(*) AS n FROM customer c
				WHERE %s%s
				GROUP BY c.kind ORDER BY n DESC, c.kind""".formatted(VISIBLE, condition(scope)), scope)
			.query((rs, row) -> new KindCount(rs.getString("kind"), rs.getLong("n")))
			.list();
	}

	/** Customers per region; those without a region come last with a null code. */
	List<RegionCount> customersByRegion(DataScope scope) {
		return scoped("""
				SELECT r.code, r.name, COUNT(*) AS n FROM customer c
				LEFT JOIN region r ON r.id = c.region_id
				WHERE %s%s
				GROUP BY r.code, r.name ORDER BY r.code""".formatted(VISIBLE, condition(scope)), scope)
			.query((rs, row) -> new RegionCount(rs.getString("code"), rs.getString("name"), rs.getLong("n")))
			.list();
	}

	CertificateFigures certificates(DataScope scope, int limit) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate until = today.plusDays(expiryDays);
		String from = """
				FROM customer_certificate k JOIN customer c ON c.id = k.customer_id
				WHERE %s%s AND k.expires_on""".formatted(VISIBLE, condition(scope));
		List<ExpiringCertificate> expiring = scoped("""
				SELECT c.id, c.code, c.legal_name, k.type, k.number, k.expires_on
				%s BETWEEN :today AND :until
				ORDER BY k.expires_on, c.legal_name, k.id
				LIMIT :limit""".formatted(from), scope)
			.param("today", today)
			.param("until", until)
			.param("limit", limit)
			.query((rs, row) -> new ExpiringCertificate(rs.getLong("id"), rs.getString("code"),
					rs.getString("legal_name"), rs.getString("type"), rs.getString("number"),
					rs.getObject("expires_on", LocalDate.class)))
			.list();
		long expiringCount = scoped("SELECT COUNT(*) %s BETWEEN :today AND :until".formatted(from), scope)
			.param("today", today)
			.param("until", until)
			.query(Long.class)
			.single();
		long expiredCount = scoped("SELECT COUNT(*) %s < :today".formatted(from), scope)
			.param("today", today)
			.query(Long.class)
			.single();
		return new CertificateFigures(expiring, expiringCount, expiredCount, expiryDays);
	}

	/** The newest audit entries about visible customers and their records. */
	List<Activity> latestActivity(DataScope scope, int limit) {
		return scoped("""
				SELECT c.id, c.code, c.legal_name, a.entity_type, a.action, a.summary, a.actor, a.occurred_at
				FROM audit_entry a JOIN customer c ON c.id = a.customer_id
				WHERE %s
				ORDER BY a.occurred_at DESC, a.id DESC
				LIMIT :limit""".formatted(condition(scope)), scope)
			.param("limit", limit)
			.query((rs, row) -> new Activity(rs.getLong("id"), rs.getString("code"), rs.getString("legal_name"),
					rs.getString("entity_type"), rs.getString("action"), rs.getString("summary"),
					rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}

	private JdbcClient.StatementSpec scoped(String sql, DataScope scope) {
		return ScopeCondition.bind(jdbc.sql(sql), scope);
	}

	private static String condition(DataScope scope) {
		return ScopeCondition.of(scope);
	}
}
