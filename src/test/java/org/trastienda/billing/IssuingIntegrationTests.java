package org.trastienda.billing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.TimelineEntry;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneType;
import org.trastienda.execution.MilestoneView;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.verifactu.ChainRecordView;
import org.trastienda.verifactu.VerifactuChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issuing: the number of the series for the issue year, dates that follow the numbers, the frozen
 * parties and the VERI*FACTU record, the timelines, the contract's invoicing milestone.
 */
@IntegrationTest
class IssuingIntegrationTests {

	@Autowired
	BillingFixtures fixtures;

	@Autowired
	Invoicing invoicing;

	@Autowired
	VerifactuChain chain;

	@Autowired
	Contracts contracts;

	@Autowired
	CustomerArchive archive;

	@Autowired
	ExecutionSchedule schedules;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void numbersInvoicesOneAfterTheOtherInTheirSeriesAndYearAndRecordsThemInVerifactu() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceSeriesView series = fixtures.series(SeriesKind.ORDINARY);
		LocalDate today = today();

		List<InvoiceView> issued = List.of(issue(team, draft(team, contract, series, null, "1")),
				issue(team, draft(team, contract, series, null, "2")), issue(team, draft(team, contract, series, null, "3")));

		assertThat(issued).extracting(InvoiceView::number).containsExactly(
				series.prefix() + today.getYear() + "-00001", series.prefix() + today.getYear() + "-00002",
				series.prefix() + today.getYear() + "-00003");
		assertThat(issued).allSatisfy(invoice -> {
			assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
			assertThat(invoice.series()).isEqualTo(series.code());
			assertThat(invoice.issueDate()).isEqualTo(today);
			assertThat(invoice.dueDate()).isEqualTo(today.plusDays(45));
			assertThat(invoice.huella()).matches("[0-9A-F]{64}");
		});
		List<ChainRecordView> records = chain.records("B12345674", PageRequest.of(0, 50)).getContent();
		assertThat(records).filteredOn(record -> issued.get(2).id().equals(record.invoiceId())).singleElement()
			.satisfies(record -> {
				assertThat(record.kind()).isEqualTo("ALTA");
				assertThat(record.seriesNumber()).isEqualTo(issued.get(2).number());
				assertThat(record.huella()).isEqualTo(issued.get(2).huella());
			});
	}

	@Test
	void refusesAnIssueDateBeforeTheLastIssuedInItsSeriesAndLeavesTheCounterAsItWas() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceSeriesView series = fixtures.series(SeriesKind.ORDINARY);
		LocalDate today = today();
		issue(team, draft(team, contract, series, today, "1"));
		InvoiceView backdated = draft(team, contract, series, today.minusDays(1), "1");

		assertThatThrownBy(() -> issue(team, backdated)).isInstanceOfSatisfying(BusinessRuleException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("billing.invoice.dateBeforeLast"));
		assertThat(issue(team, draft(team, contract, series, today, "1")).number())
			.endsWith(today.getYear() + "-00002");
	}

	@Test
	void refusesAFutureIssueDate() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView tomorrow = draft(team, contract, fixtures.series(SeriesKind.ORDINARY), today().plusDays(1), "1");

		assertThatThrownBy(() -> issue(team, tomorrow)).isInstanceOfSatisfying(BusinessRuleException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("billing.invoice.issueDateInFuture"));
	}

	@Test
	void freezesTheIssuerAndTheRecipientAsTheyAreAtIssue() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView issued = issue(team, draft(team, contract, null, null, "10"));

		InvoiceDetail detail = fixtures.as(team.clerk(), () -> invoicing.detail(issued.id()));

		assertThat(detail.issuerName()).isEqualTo("Trastienda Pruebas S.L.");
		assertThat(detail.issuerTaxId()).isEqualTo("B12345674");
		assertThat(detail.issuerAddress()).isEqualTo("Calle del Comercio 7\n28001 Madrid\nES");
		assertThat(detail.recipientName()).isEqualTo(contract.partyName());
		assertThat(detail.recipientAddress()).isEqualTo("Calle Mayor 1\n28013 Madrid\nES");
		assertThat(detail.issuedBy()).isEqualTo(team.clerk().username());
	}

	@Test
	void anIssuedInvoiceShowsOnTheContractsHistoryAndTheCustomersTimeline() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceView issued = issue(team, draft(team, contract, null, null, "10"));

		List<AuditEntryView> history = fixtures.as(team.clerk(), () -> contracts.history(contract.id()));
		List<TimelineEntry> timeline = fixtures.as(team.clerk(), () -> archive.timeline(contract.partyId(), 50));

		assertThat(history).extracting(AuditEntryView::action).contains("INVOICE_ISSUED");
		assertThat(history).filteredOn(entry -> entry.action().equals("INVOICE_ISSUED"))
			.extracting(AuditEntryView::summary).first().asString().startsWith(issued.number());
		assertThat(timeline).extracting(TimelineEntry::action).contains("INVOICE_ISSUED");
	}

	@Test
	void invoicingTheWholeContractCompletesItsInvoicingMilestone() {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		issue(team, draft(team, contract, null, null, "400"));
		assertThat(invoicingMilestone(team, contract).done()).isFalse();

		issue(team, fixtures.draft(team, contract, InvoiceType.F1,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "600"),
						BillingFixtures.invoiceLine(BillingFixtures.line(contract, 1), "2"))));

		MilestoneView milestone = invoicingMilestone(team, contract);
		assertThat(milestone.done()).isTrue();
		assertThat(milestone.actualDate()).isEqualTo(today());
	}

	@Test
	void issuingTheDraftOfARequestMarksTheRequestInvoiced(@Autowired InvoiceRequests requests) {
		var team = fixtures.team();
		ContractView contract = fixtures.inAdvance(team);
		InvoiceRequestView request = fixtures.as(team.rep(),
				() -> requests.create(new InvoiceRequestData(contract.id(), "Primera entrega")));
		fixtures.as(team.clerk(), () -> requests.reserve(request.id(), null, null, today()));
		InvoiceView draft = fixtures.as(team.clerk(), () -> invoicing.create(new InvoiceData(contract.id(), null, null,
				null, null, null, null, List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), "5")),
				request.id())));

		issue(team, draft);

		InvoiceRequestView invoiced = fixtures.as(team.rep(), () -> requests.get(request.id()));
		assertThat(invoiced.status()).isEqualTo(InvoiceRequestStatus.INVOICED);
		assertThat(invoiced.invoiceId()).isEqualTo(draft.id());
	}

	private MilestoneView invoicingMilestone(ContractFixtures.Team team, ContractView contract) {
		return fixtures.as(team.clerk(), () -> schedules.schedule(contract.id())).milestones().stream()
			.filter(milestone -> milestone.type() == MilestoneType.INVOICING)
			.findFirst()
			.orElseThrow();
	}

	private InvoiceView draft(ContractFixtures.Team team, ContractView contract, InvoiceSeriesView series,
			LocalDate issueDate, String quantity) {
		return fixtures.as(team.clerk(), () -> invoicing.create(new InvoiceData(contract.id(), InvoiceType.F1,
				series == null ? null : series.code(), issueDate, null, null, null,
				List.of(BillingFixtures.invoiceLine(BillingFixtures.line(contract, 0), quantity)), null)));
	}

	private InvoiceView issue(ContractFixtures.Team team, InvoiceView draft) {
		return fixtures.as(team.clerk(), () -> invoicing.issue(draft.id()));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Madrid"));
	}
}
