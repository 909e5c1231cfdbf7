package org.trastienda.billing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.trastienda.IntegrationTest;
import org.trastienda.billing.BillingFixtures;
import org.trastienda.billing.CompanySettings;
import org.trastienda.billing.CompanyView;
import org.trastienda.billing.InvoiceData;
import org.trastienda.billing.InvoiceSeriesView;
import org.trastienda.billing.InvoiceType;
import org.trastienda.billing.Invoicing;
import org.trastienda.billing.SeriesKind;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The company settings and the invoice series through the API: defaults, validation, versions, rights. */
@IntegrationTest
class CompanySettingsApiIntegrationTests {

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	CompanySettings settings;

	@Autowired
	Invoicing invoicing;

	@Autowired
	JsonCalls calls;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyKindHasOneDefaultSeriesFromTheStart() throws Exception {
		JsonNode series = calls.read(calls.send(get("/api/v1/invoice-series"), fixtures.admin(), null)
			.andExpect(status().isOk()));

		assertThat(series.valueStream().filter(one -> one.get("defaultSeries").asBoolean())
			.map(one -> one.get("kind").asString() + ":" + one.get("code").asString()).toList())
			.containsExactlyInAnyOrder("ORDINARY:F", "SIMPLIFIED:S", "RECTIFYING:R");
	}

	@Test
	void theAdministratorChangesTheIssuerAtItsVersionWithEveryFieldChecked() throws Exception {
		fixtures.companyReady();
		CompanyView company = settings.company();
		Map<String, Object> address = Map.of("street", "Calle del Comercio 7", "postalCode", "28001", "city", "Madrid",
				"province", "Madrid", "countryCode", "ES");

		calls.send(put("/api/v1/settings/company"), fixtures.admin(), Map.of("version", company.version(), "legalName",
				"", "taxId", "B12345675", "address", Map.of("countryCode", "ES"), "paymentDays", 400))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("legalName", "taxId",
					"address.street", "address.postalCode", "address.city", "paymentDays")));
		JsonNode saved = calls.read(calls.send(put("/api/v1/settings/company"), fixtures.admin(), Map.of("version",
				company.version(), "legalName", "Trastienda Pruebas S.L.", "taxId", "B12345674", "address", address,
				"paymentDays", 30, "emailAtIssue", false))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.legalName").value("Trastienda Pruebas S.L."))
			.andExpect(jsonPath("$.address.city").value("Madrid")));
		calls.send(put("/api/v1/settings/company"), fixtures.admin(), Map.of("version", company.version(), "legalName",
				"Otra S.L.", "taxId", "B12345674", "address", address))
			.andExpect(status().isConflict());
		assertThat(saved.get("version").asLong()).isEqualTo(company.version() + 1);
	}

	@Test
	void onlyTheAdministratorChangesSettingsAndTheOfficeReadsThem() throws Exception {
		var team = fixtures.team();
		calls.send(get("/api/v1/settings/company"), team.clerk(), null).andExpect(status().isOk());
		calls.send(get("/api/v1/settings/company"), team.rep(), null).andExpect(status().isForbidden());
		calls.send(put("/api/v1/settings/company"), team.clerk(), Map.of("version", 0)).andExpect(status().isForbidden());
		calls.send(post("/api/v1/invoice-series"), team.clerk(), Map.of("code", "X", "kind", "ORDINARY", "prefix", "X"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNewDefaultSeriesTakesOverItsKindAndACodeIsTakenOnce() throws Exception {
		String code = "A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		JsonNode created = calls.read(calls.send(post("/api/v1/invoice-series"), fixtures.admin(),
				Map.of("code", code, "kind", "SIMPLIFIED", "prefix", code + "/", "defaultSeries", true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.defaultSeries").value(true)));
		try {
			assertThat(settings.series()).filteredOn(one -> one.kind() == SeriesKind.SIMPLIFIED && one.defaultSeries())
				.extracting(InvoiceSeriesView::code).containsExactly(code);
			calls.send(post("/api/v1/invoice-series"), fixtures.admin(), Map.of("code", code, "kind", "ORDINARY",
					"prefix", "Z")).andExpect(status().isConflict());
		}
		finally {
			InvoiceSeriesView simplified = settings.series().stream().filter(one -> one.code().equals("S")).findFirst()
				.orElseThrow();
			calls.send(put("/api/v1/invoice-series/" + simplified.id()), fixtures.admin(), Map.of("version",
					simplified.version(), "prefix", "S", "defaultSeries", true, "active", true)).andExpect(status().isOk());
		}
		calls.send(put("/api/v1/invoice-series/" + created.get("id").asLong()), fixtures.admin(), Map.of("version",
				settings.series(created.get("id").asLong()).version(), "prefix", "Q", "active", false))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.defaultSeries").value(false))
			.andExpect(jsonPath("$.active").value(false));
	}

	@Test
	void theDefaultOfAKindCannotBeSwitchedOffAndAUsedSeriesKeepsItsPrefix() throws Exception {
		var team = fixtures.team();
		InvoiceSeriesView series = fixtures.series(SeriesKind.ORDINARY);
		ContractView contract = fixtures.inAdvance(team);
		fixtures.as(team.clerk(), () -> invoicing.issue(invoicing.create(new InvoiceData(contract.id(), InvoiceType.F1,
				series.code(), null, null, null, null,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "1")), null)).id()));

		calls.send(put("/api/v1/invoice-series/" + series.id()), fixtures.admin(),
				Map.of("version", series.version(), "prefix", "OTRO-"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("prefix"));
		InvoiceSeriesView ordinary = settings.series().stream().filter(one -> one.code().equals("F")).findFirst().orElseThrow();
		calls.send(put("/api/v1/invoice-series/" + ordinary.id()), fixtures.admin(),
				Map.of("version", ordinary.version(), "prefix", ordinary.prefix(), "defaultSeries", false))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("defaultSeries"));
		assertThat(settings.series(series.id()).used()).isTrue();
	}
}
