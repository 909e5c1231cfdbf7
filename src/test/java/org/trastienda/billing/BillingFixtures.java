package org.trastienda.billing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
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
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

/**
 * Customers, active sales contracts, deliveries and invoices for billing tests, made through the
 * real services as the people who would make them (deliveries as rows of the fulfillment tables,
 * as logistics records them). Every name and tax id is unique: tests share one database.
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

	private final TransactionTemplate transactions;

	private UserSummary admin;

	private UserSummary finance;

	BillingFixtures(ContractFixtures contracts, ExecutionFixtures execution, Contracts contractService,
			CustomerArchive archive, CompanySettings settings, Invoicing invoicing, TestAccounts accounts,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.contracts = contracts;
		this.execution = execution;
		this.contractService = contractService;
		this.archive = archive;
		this.settings = settings;
		this.invoicing = invoicing;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = transactions;
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

	/** A delivered shipment of the quantity of one contract line, as logistics records it. */
	public Long deliver(ContractView contract, Long contractLineId, String quantity) {
		return transactions.execute(status -> {
			Instant now = Instant.now();
			var key = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO shipment (number, kind, contract_id, party_id, status, shipped_on, ship_mode,
					                      delivered_on, created_by, created_at, updated_by, updated_at)
					VALUES (?, 'SHIPMENT', ?, ?, 'DELIVERED', ?, 'ROAD', ?, 'logistics', ?, 'logistics', ?)""")
				.params("AL-" + UUID.randomUUID().toString().substring(0, 12), contract.id(), contract.partyId(),
						LocalDate.now(), LocalDate.now(), Timestamp.from(now), Timestamp.from(now))
				.update(key, "id");
			long shipment = key.getKey().longValue();
			ContractLineView line = contract.lines().stream().filter(one -> one.id().equals(contractLineId)).findFirst()
				.orElseThrow();
			var lineKey = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO shipment_line (shipment_id, position, contract_line_id, description, unit, unit_net_price, quantity)
					VALUES (?, 1, ?, ?, ?, ?, ?)""")
				.params(shipment, contractLineId, line.description(), line.unit(), line.unitPrice(),
						new BigDecimal(quantity))
				.update(lineKey, "id");
			return lineKey.getKey().longValue();
		});
	}

	/** Goods of a delivered shipment line that came back (a received return). */
	public void returned(ContractView contract, Long shipmentLineId, String quantity) {
		transactions.executeWithoutResult(status -> {
			var key = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO shipment_return (number, shipment_id, contract_id, status, reason_code, requested_on,
					                             registered_by, registered_at, received_on)
					SELECT ?, shipment_id, ?, 'RECEIVED', 'DEFECTIVE', ?, 'logistics', ?, ? FROM shipment_line WHERE id = ?""")
				.params("DV-" + UUID.randomUUID().toString().substring(0, 12), contract.id(), LocalDate.now(),
						Timestamp.from(Instant.now()), LocalDate.now(), shipmentLineId)
				.update(key, "id");
			jdbc.sql("INSERT INTO shipment_return_line (return_id, position, shipment_line_id, quantity) VALUES (?, 1, ?, ?)")
				.params(key.getKey().longValue(), shipmentLineId, new BigDecimal(quantity))
				.update();
		});
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
