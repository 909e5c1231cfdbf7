package org.trastienda.demo;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.catalog.Catalog;
import org.trastienda.catalog.ProductView;
import org.trastienda.customers.CertificateData;
import org.trastienda.customers.ContactData;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerView;
import org.trastienda.identity.AccountData;
import org.trastienda.identity.Accounts;
import org.trastienda.identity.UserDirectory;

/**
 * Seeds the demo company into an empty archive when demo mode is on (after {@code InitialAdmin}
 * has created {@code admin}, whose account the demo never touches; it only fills in the issuer's
 * data as an administrator): the regions, a login per role with the shared demo password, 300
 * customers with their records (each in its own transaction through the archive's public
 * service), the product catalogue, 150 contracts taken through approval and execution as people
 * would, their shipments and deliveries, the invoices of what was delivered, returns in every
 * state with the rectifying invoices they led to, and invoice requests waiting for the back office.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoCompany implements ApplicationRunner {

	static final int CUSTOMERS = 300;

	static final int CONTRACTS = 150;

	/** Any fixed number: the same seed draws the same company. */
	static final long SEED = 20_240_301L;

	/** What the seeding made, for the log: contracts by fate, returns and requests by status. */
	record Seeded(Map<String, Long> contracts, int shipments, int invoices, Map<String, Long> returns, int rectifying,
			Map<String, Long> requests) {
	}

	private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

	private final DemoMode mode;

	private final Accounts accounts;

	private final UserDirectory users;

	private final CustomerArchive archive;

	private final Catalog catalog;

	private final DemoContracts contracts;

	private final DemoShipments shipments;

	private final DemoInvoices invoices;

	private final DemoReturns returns;

	private final DemoRequests requests;

	private final ActingAs actingAs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	DemoCompany(DemoMode mode, Accounts accounts, UserDirectory users, CustomerArchive archive, Catalog catalog,
			DemoContracts contracts, DemoShipments shipments, DemoInvoices invoices, DemoReturns returns,
			DemoRequests requests, ActingAs actingAs, TransactionTemplate transactions, Clock clock,
			@Value("${trastienda.certificates.expiry-zone:Europe/Madrid}") ZoneId zone) {
		this.mode = mode;
		this.accounts = accounts;
		this.users = users;
		this.archive = archive;
		this.catalog = catalog;
		this.contracts = contracts;
		this.shipments = shipments;
		this.invoices = invoices;
		this.returns = returns;
		this.requests = requests;
		this.actingAs = actingAs;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = zone;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (mode.enabled() && archive.isEmpty()) {
			long started = System.nanoTime();
			Seeded seeded = seed(CUSTOMERS, CONTRACTS, DemoInvoices.Series.DEFAULTS);
			log.info("Seeded the demo company ({} customers, contracts {}, {} shipments, {} invoices and {} rectifying "
					+ "ones, returns {}, invoice requests {}) in {} ms; demo users share the password '{}'", CUSTOMERS,
					seeded.contracts(), seeded.shipments(), seeded.invoices(), seeded.rectifying(), seeded.returns(),
					seeded.requests(), (System.nanoTime() - started) / 1_000_000, DemoStaff.PASSWORD);
		}
	}

	/** Seeds the company, numbering its invoices in the series given, and answers what it made. */
	Seeded seed(int customerCount, int contractCount, DemoInvoices.Series series) {
		for (SpanishPlaces.Region region : SpanishPlaces.REGIONS) {
			if (users.findRegionByCode(region.code()).isEmpty()) {
				accounts.createRegion(region.code(), region.name());
			}
		}
		Map<String, Authentication> staff = new HashMap<>();
		for (DemoStaff.Member member : DemoStaff.MEMBERS) {
			if (users.findByUsername(member.username()).isEmpty()) {
				accounts.create(member.username(), DemoStaff.PASSWORD, new AccountData(member.fullName(),
						member.username() + "@demo.trastienda.es", Set.of(member.role()), member.regionCode(), true, "es"));
			}
			staff.put(member.username(), actingAs.signIn(member.username()));
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<DemoCustomers.DemoCustomer> customers = new DemoCustomers(SEED, today).draw(customerCount);
		List<CustomerView> parties = new ArrayList<>();
		List<ProductView> products = new ArrayList<>();
		actingAs.run(staff.get(DemoStaff.BACK_OFFICE), () -> {
			customers.forEach(customer -> parties.add(register(customer, staff.get(customer.ownerUsername()))));
			new DemoProducts(SEED).draw()
				.forEach(product -> products.add(catalog.findBySku(product.sku()).orElseGet(() -> catalog.create(product))));
		});
		log.info("Seeded {} customers and {} products", parties.size(), products.size());
		Authentication backOffice = staff.get(DemoStaff.BACK_OFFICE);
		DemoContracts.Signed signed = contracts.seed(contractCount, parties, products, staff, SEED, today);
		List<DemoShipments.Shipped> shipped = shipments.seed(signed, backOffice, SEED + 1, today);
		log.info("Seeded {} contracts and {} shipments of sales", contractCount, shipped.size());
		contracts.complete(signed, backOffice);
		invoices.prepareCompany(SEED + 2);
		List<DemoInvoices.Invoiced> invoiced = invoices.seed(shipped, staff, series, SEED + 3, today);
		log.info("Seeded {} invoices", invoiced.size());
		DemoReturns.Returned returned = returns.seed(invoiced, signed.toComplete(), staff, series, SEED + 4, today);
		Map<String, Long> requested = requests.seed(shipped, staff, SEED + 5, today);
		return new Seeded(signed.fates(), shipped.size(), invoiced.size(), returned.states(), returned.credited(),
				requested);
	}

	/** The back office registers the customer and its records; the owner writes the notes. */
	private CustomerView register(DemoCustomers.DemoCustomer demo, Authentication owner) {
		return transactions.execute(status -> {
			CustomerView customer = archive.create(demo.data());
			for (ContactData contact : demo.contacts()) {
				archive.addContact(customer.id(), contact);
			}
			for (CertificateData certificate : demo.certificates()) {
				archive.addCertificate(customer.id(), certificate);
			}
			if (demo.attachment() != null) {
				archive.attach(customer.id(), demo.attachment().fileName(), demo.attachment().content().length,
						new ByteArrayInputStream(demo.attachment().content()));
			}
			actingAs.run(owner, () -> demo.notes().forEach(note -> archive.addNote(customer.id(), note)));
			if (demo.archived()) {
				return archive.archive(customer.id());
			}
			return customer;
		});
	}
}
