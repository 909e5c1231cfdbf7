package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractData;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractKind;
import org.trastienda.contracts.ContractLineData;
import org.trastienda.contracts.ContractLineView;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.customers.Address;
import org.trastienda.customers.BillingData;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerData;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.execution.ExecutionFixtures;
import org.trastienda.fulfillment.GoodsCondition;
import org.trastienda.fulfillment.ReturnData;
import org.trastienda.fulfillment.ReturnLineData;
import org.trastienda.fulfillment.ReturnReason;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.Returns;
import org.trastienda.fulfillment.ShipMode;
import org.trastienda.fulfillment.ShipmentData;
import org.trastienda.fulfillment.ShipmentLineData;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;
import org.trastienda.fulfillment.StatusSource;
import org.trastienda.fulfillment.StatusUpdate;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

/**
 * Customers, active sales contracts, deliveries and invoices for billing tests, made through the
 * real services as the people who would make them. Every name and tax id is unique: tests share one
 * database.
 */
@Component
public class BillingFixtures {

	private static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";

	private final ContractFixtures contracts;

	private final ExecutionFixtures execution;

	private final Contracts contractService;

	private final CustomerArchive archive;

	private final CompanySettings settings;

	private final Invoicing invoicing;

	private final TestAccounts accounts;

	private final JdbcClient jdbc;

	private final Shipments shipments;

	private final Returns returns;

	private UserSummary admin;

	private UserSummary finance;

	BillingFixtures(ContractFixtures contracts, ExecutionFixtures execution, Contracts contractService,
			CustomerArchive archive, CompanySettings settings, Invoicing invoicing, TestAccounts accounts,
			JdbcClient jdbc, Shipments shipments, Returns returns) {
		this.contracts = contracts;
		this.execution = execution;
		this.contractService = contractService;
		this.archive = archive;
		this.settings = settings;
		this.invoicing = invoicing;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.shipments = shipments;
		this.returns = returns;
	}

	/** A region's rep, second rep, manager, the back-office clerk and the director; the issuer set up. */
	public ContractFixtures.Team team() {
		companyReady();
		return contracts.team();
	}

	public synchronized UserSummary admin() {
		if (admin == null) {
			admin = accounts.user("admin", null, Role.ADMIN);
		}
		return admin;
	}

	/** One finance user for every test: override requests mail all of them. */
	public synchronized UserSummary finance() {
		if (finance == null) {
			finance = accounts.user("finance", null, Role.FINANCE);
		}
		return finance;
	}

	/** The issuer's data, once: without it every invoice has a MISSING_BILLING_DATA finding. */
	public synchronized void companyReady() {
		CompanyView company = settings.company();
		if (company.legalName() == null) {
			as(admin(), () -> settings.updateCompany(company.version(),
					new CompanyData("Trastienda Pruebas S.L.", "B12345674",
							new Address("Calle del Comercio 7", "28001", "Madrid", "Madrid", "ES"), 30, false)));
		}
	}

	/** An active sale (1000 × 0.10 at 21 %, 2 × 25 at 10 %) of a new customer of the rep: a person (DNI). */
	public ContractView activeSale(ContractFixtures.Team team) {
		return activeSale(team, customer(team.rep(), ContractFixtures.dni(), false), false);
	}

	/** As {@link #activeSale(ContractFixtures.Team)}, invoiced in advance: nothing needs delivering first. */
	public ContractView inAdvance(ContractFixtures.Team team) {
		return activeSale(team, customer(team.rep(), ContractFixtures.dni(), false), true);
	}

	/** As {@link #activeSale(ContractFixtures.Team)}, for the customer, invoiced in advance or not. */
	public ContractView activeSale(ContractFixtures.Team team, CustomerView customer, boolean invoicingInAdvance) {
		return activeSale(team, customer, invoicingInAdvance,
				List.of(ContractFixtures.line("Tornillo M8", "1000", "0.1000", "0", "21"),
						ContractFixtures.line("Montaje en obra", "2", "25", "0", "10")));
	}

	public ContractView activeSale(ContractFixtures.Team team, CustomerView customer, boolean invoicingInAdvance,
			List<ContractLineData> lines) {
		ContractData data = new ContractData(ContractKind.SALE, customer.id(),
				"Suministro " + UUID.randomUUID().toString().substring(0, 6), LocalDate.of(2026, 1, 10),
				LocalDate.of(2026, 1, 10), ExecutionFixtures.FAR_END, null, null, null, null, null, lines, null,
				invoicingInAdvance);
		ContractView draft = as(team.rep(), () -> contractService.create(data));
		return execution.activate(team, draft);
	}

	/** A customer of the rep's with the tax id, its billing address complete, under recargo de equivalencia or not. */
	public CustomerView customer(UserSummary rep, String taxId, boolean recargo) {
		return customer(rep, taxId, recargo, new Address("Calle Mayor 1", "28013", "Madrid", "Madrid", "ES"));
	}

	public CustomerView customer(UserSummary rep, String taxId, boolean recargo, Address address) {
		return as(admin(), () -> archive.create(new CustomerData(CustomerKind.CUSTOMER,
				"Cliente " + UUID.randomUUID().toString().substring(0, 8) + " S.L.", null, taxId, "ES", null,
				rep.regionCode(), rep.username(), null, null, null, null, address,
				new BillingData("facturas-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", 45, null,
						null, recargo, "es"),
				null)));
	}

	/** Changes the customer's billing data (credit limit, recargo, invoice address). */
	public CustomerView billing(CustomerView customer, BillingData billing) {
		return as(admin(), () -> archive.updateBilling(customer.id(), archive.get(customer.id()).version(), billing));
	}

	/** A valid Spanish company tax id (CIF of a limited company, letter B). */
	public static String cif() {
		String digits = "%07d".formatted(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(i) - '0';
			if (i % 2 == 0) {
				int doubled = digit * 2;
				sum += doubled / 10 + doubled % 10;
			}
			else {
				sum += digit;
			}
		}
		int control = (10 - sum % 10) % 10;
		return "B" + digits + control;
	}

	/** The contract's line at the position (0-based). */
	public static ContractLineView line(ContractView contract, int index) {
		return contract.lines().get(index);
	}

	/** A shipment of the quantity of one contract line, delivered: answers its shipment line. */
	public Long deliver(ContractFixtures.Team team, ContractView contract, Long contractLineId, String quantity) {
		return as(team.clerk(), () -> {
			ShipmentView shipment = shipments.create(new ShipmentData(contract.id(), shipments.today(), "SEUR",
					"TRK-" + UUID.randomUUID().toString().substring(0, 8), ShipMode.ROAD, null,
					List.of(new ShipmentLineData(contractLineId, new BigDecimal(quantity)))), StatusSource.API);
			shipments.updateStatus(shipment.id(), null, new StatusUpdate(ShipmentStatus.SHIPPED, null, null), StatusSource.API);
			shipments.updateStatus(shipment.id(), null, new StatusUpdate(ShipmentStatus.DELIVERED, null, null),
					StatusSource.API);
			return shipment.lines().get(0).id();
		});
	}

	/**
	 * Goods of a delivered shipment line that came back: the return registered by the clerk, verified
	 * by the contract's rep and received by the clerk, which publishes {@code ReturnReceived}.
	 */
	public ReturnView returned(ContractFixtures.Team team, Long shipmentLineId, String quantity) {
		Long shipmentId = jdbc.sql("SELECT shipment_id FROM shipment_line WHERE id = ?").param(shipmentLineId)
			.query(Long.class).single();
		ReturnView registered = as(team.clerk(), () -> returns.register(new ReturnData(shipmentId, ReturnReason.DEFECTIVE,
				null, null, List.of(new ReturnLineData(shipmentLineId, new BigDecimal(quantity))))));
		as(team.rep(), () -> returns.verify(registered.id(), null, "Comprobado con el cliente"));
		return as(team.clerk(), () -> returns.receive(registered.id(), null, null, GoodsCondition.DAMAGED));
	}

	/**
	 * Waits until billing has handled every announcement of the return ({@code ReturnReceived} reaches
	 * its listener asynchronously, after the return commits): none of them is pending any more.
	 */
	public void awaitReturnHandled(Long returnId) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT COUNT(*) FROM event_publication
				WHERE listener_id LIKE '%ReturnProposals%' AND serialized_event LIKE ? AND completion_date IS NULL""")
			.param("%\"returnId\":" + returnId + ",%")
			.query(Long.class)
			.single() == 0);
	}

	/** A draft invoice as the clerk writes it. */
	public InvoiceView draft(ContractFixtures.Team team, ContractView contract, InvoiceType type,
			List<InvoiceLineData> lines) {
		return as(team.clerk(), () -> invoicing.create(new InvoiceData(contract.id(), type, null, null, null, null,
				null, lines, null)));
	}

	/** A line of the contract line for the quantity, at the contract's terms. */
	public static InvoiceLineData invoiceLine(ContractLineView line, String quantity) {
		return new InvoiceLineData(line.id(), null, new BigDecimal(quantity), null, null, null, null);
	}

	/** An issued invoice of the quantities, on a contract invoiced in advance. */
	public InvoiceView issued(ContractFixtures.Team team, ContractView contract, List<InvoiceLineData> lines) {
		InvoiceView draft = draft(team, contract, InvoiceType.F1, lines);
		return as(team.clerk(), () -> invoicing.issue(draft.id()));
	}

	/** A new series of the kind with a unique code, for tests that need a series of their own. */
	public InvoiceSeriesView series(SeriesKind kind) {
		String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return as(admin(), () -> settings.addSeries(new InvoiceSeriesData(code, kind, code + "-", false, true)));
	}

	public <T> T as(UserSummary user, Supplier<T> action) {
		return contracts.as(user, action);
	}
}
