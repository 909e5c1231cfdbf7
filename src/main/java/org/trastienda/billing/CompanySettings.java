package org.trastienda.billing;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.customers.Address;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.TaxId;
import org.trastienda.shared.Versions;

/**
 * The issuer's data, the invoicing defaults and the invoice series. Everyone who works with invoices
 * reads them; only the administrator changes them (recorded in the audit trail). A series' code and
 * kind never change; its prefix only while it has issued nothing; each kind has one default series.
 */
@Service
@Transactional
public class CompanySettings {

	static final String COMPANY = "CompanySettings";

	static final String SERIES = "InvoiceSeries";

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

	private static final Pattern PREFIX = Pattern.compile("[A-Z0-9/_-]{1,20}");

	private final CompanyProfileRepository profiles;

	private final InvoiceSeriesRepository series;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final UserDirectory users;

	private final Clock clock;

	CompanySettings(CompanyProfileRepository profiles, InvoiceSeriesRepository series, JdbcClient jdbc,
			AuditTrail audit, UserDirectory users, Clock clock) {
		this.profiles = profiles;
		this.series = series;
		this.jdbc = jdbc;
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CompanyView company() {
		return profile().toView();
	}

	/** Changes the issuer's data at {@code version} (administrator). */
	public CompanyView updateCompany(Long version, CompanyData data) {
		CurrentUser user = admin();
		CompanyProfile profile = profile();
		Versions.requireCurrent(version, profile.getVersion());
		CompanyView before = profile.toView();
		String legalName = Checks.clean(data.legalName());
		String taxId = TaxId.normalize(Checks.clean(data.taxId()));
		Address address = cleaned(data.address());
		int paymentDays = data.paymentDays() == null ? before.paymentDays() : data.paymentDays();
		boolean emailAtIssue = data.emailAtIssue() == null ? before.emailAtIssue() : data.emailAtIssue();
		Checks checks = new Checks().text("legalName", legalName, 200, true)
			.text("taxId", taxId, 30, true)
			.text("address.street", address.street(), 200, true)
			.text("address.postalCode", address.postalCode(), 20, true)
			.text("address.city", address.city(), 100, true)
			.text("address.province", address.province(), 100, false)
			.range("paymentDays", paymentDays, 0, 365);
		if (!address.countryCode().matches("[A-Z]{2}")) {
			checks.reject("address.countryCode", "billing.error.country");
		}
		if (taxId != null && !checks.has("taxId") && !TaxId.check(address.countryCode(), taxId).isValid()) {
			checks.reject("taxId", "billing.error.taxId");
		}
		checks.throwIfAny();
		profile.change(legalName, taxId, address, paymentDays, emailAtIssue, user.username(), clock.instant());
		profiles.flush();
		CompanyView after = profile.toView();
		audit.record(COMPANY, (long) CompanyProfile.ID, null, "UPDATED", legalName, user.username(),
				new Changes().field("legalName", before.legalName(), after.legalName())
					.field("taxId", before.taxId(), after.taxId())
					.field("address", Addresses.lines(before.address()), Addresses.lines(after.address()))
					.field("paymentDays", before.paymentDays(), after.paymentDays())
					.field("emailAtIssue", before.emailAtIssue(), after.emailAtIssue())
					.list());
		return after;
	}

	/** Every series, by kind and code. */
	@Transactional(readOnly = true)
	public List<InvoiceSeriesView> series() {
		Set<Long> used = usedSeries();
		return series.findAllByOrderByKindAscCodeAsc().stream().map(one -> one.toView(used.contains(one.getId()))).toList();
	}

	@Transactional(readOnly = true)
	public InvoiceSeriesView series(Long id) {
		InvoiceSeries one = series.findById(id).orElseThrow(() -> new NotFoundException("InvoiceSeries", id));
		return one.toView(usedSeries().contains(id));
	}

	/** Adds a series (administrator); a code already taken answers 409. */
	public InvoiceSeriesView addSeries(InvoiceSeriesData data) {
		CurrentUser user = admin();
		String code = upper(data.code());
		Checks checks = new Checks().required("kind", data.kind());
		if (code == null || !CODE.matcher(code).matches()) {
			checks.reject("code", "billing.error.seriesCode");
		}
		String prefix = checkedPrefix(checks, data.prefix());
		checks.throwIfAny();
		if (series.findByCode(code).isPresent()) {
			throw new ConflictException("code", "billing.series.codeTaken", code);
		}
		InvoiceSeries created = new InvoiceSeries(code, data.kind());
		created.change(prefix, !Boolean.FALSE.equals(data.active()), user.username(), clock.instant());
		created = series.saveAndFlush(created);
		if (Boolean.TRUE.equals(data.defaultSeries())) {
			makeDefault(created);
		}
		audit.record(SERIES, created.getId(), null, "CREATED", code, user.username(),
				new Changes().created("kind", data.kind()).created("prefix", prefix)
					.created("defaultSeries", created.isDefault()).list());
		return created.toView(false);
	}

	/** Changes a series' prefix (while it has issued nothing), whether it is active, and whether it is its kind's default. */
	public InvoiceSeriesView updateSeries(Long id, Long version, InvoiceSeriesData data) {
		CurrentUser user = admin();
		InvoiceSeries one = series.findById(id).orElseThrow(() -> new NotFoundException("InvoiceSeries", id));
		Versions.requireCurrent(version, one.getVersion());
		Checks checks = new Checks();
		String prefix = checkedPrefix(checks, data.prefix());
		boolean used = usedSeries().contains(id);
		if (used && prefix != null && !prefix.equals(one.getPrefix())) {
			checks.reject("prefix", "billing.series.prefixFixed");
		}
		boolean active = data.active() == null ? one.isActive() : data.active();
		boolean makeDefault = data.defaultSeries() == null ? one.isDefault() : data.defaultSeries();
		if (one.isDefault() && (!makeDefault || !active)) {
			checks.reject("defaultSeries", "billing.series.keepDefault");
		}
		checks.throwIfAny();
		InvoiceSeriesView before = one.toView(used);
		one.change(prefix, active, user.username(), clock.instant());
		if (makeDefault && !one.isDefault()) {
			makeDefault(one);
		}
		series.flush();
		audit.record(SERIES, id, null, "UPDATED", one.getCode(), user.username(),
				new Changes().field("prefix", before.prefix(), one.getPrefix())
					.field("active", before.active(), one.isActive())
					.field("defaultSeries", before.defaultSeries(), one.isDefault())
					.list());
		return one.toView(used);
	}

	/** The issuer as it stands, for the pre-check and for issuing. */
	CompanyProfile profile() {
		return profiles.findById(CompanyProfile.ID).orElseThrow(() -> new IllegalStateException("company_settings row missing"));
	}

	private void makeDefault(InvoiceSeries chosen) {
		series.findByDefaultFor(chosen.getKind()).ifPresent(previous -> {
			previous.makeDefault(false);
			series.flush();
		});
		chosen.makeDefault(true);
	}

	private Set<Long> usedSeries() {
		return Set.copyOf(jdbc.sql("SELECT DISTINCT series_id FROM invoice_series_counter").query(Long.class).list());
	}

	private static String checkedPrefix(Checks checks, String raw) {
		String prefix = upper(raw);
		if (prefix == null || !PREFIX.matcher(prefix).matches()) {
			checks.reject("prefix", "billing.error.prefix");
		}
		return prefix;
	}

	private static Address cleaned(Address address) {
		Address given = address == null ? new Address(null, null, null, null, null) : address;
		String country = upper(given.countryCode());
		return new Address(Checks.clean(given.street()), Checks.clean(given.postalCode()), Checks.clean(given.city()),
				Checks.clean(given.province()), country == null ? "ES" : country);
	}

	private static String upper(String text) {
		String clean = Checks.clean(text);
		return clean == null ? null : clean.toUpperCase(Locale.ROOT);
	}

	private CurrentUser admin() {
		CurrentUser user = users.requireCurrent();
		BillingPolicy.require(BillingPolicy.isAdmin(user));
		return user;
	}
}
