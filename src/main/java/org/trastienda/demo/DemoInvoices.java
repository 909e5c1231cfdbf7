package org.trastienda.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.billing.CompanyData;
import org.trastienda.billing.CompanySettings;
import org.trastienda.billing.CompanyView;
import org.trastienda.billing.InvoiceData;
import org.trastienda.billing.InvoiceLineData;
import org.trastienda.billing.InvoiceType;
import org.trastienda.billing.InvoiceView;
import org.trastienda.billing.Invoicing;
import org.trastienda.customers.Address;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;

/**
 * The back office invoices every delivery a few days after it arrived, the delivery note's lines
 * as they went out, in date order as the series asks; the running contracts' latest deliveries
 * are left for the reps to request. Today's invoices answer the reps' requests now and then, and
 * twice an invoice issued with the wrong operation date is cancelled and issued again. The
 * issuer's data is filled in first, by an administrator, with the e-mail at issue off.
 */
@Component
class DemoInvoices {

	/**
	 * The series invoices are numbered in; null codes mean each kind's default. The tests name their
	 * own: the test database is shared, and invoices dated in the past cannot follow today's.
	 */
	record Series(String ordinary, String rectifying) {

		static final Series DEFAULTS = new Series(null, null);
	}

	/** The issued invoice of a delivered shipment. */
	record Invoiced(DemoShipments.Shipped shipped, InvoiceView invoice) {
	}

	private static final String WRONG_DATE = "Emitida con una fecha de operación equivocada; se anula y se emite de nuevo.";

	private final CompanySettings settings;

	private final Invoicing invoicing;

	private final DemoRequests requests;

	private final UserDirectory users;

	private final ActingAs actingAs;

	private final TransactionTemplate transactions;

	DemoInvoices(CompanySettings settings, Invoicing invoicing, DemoRequests requests, UserDirectory users,
			ActingAs actingAs, TransactionTemplate transactions) {
		this.settings = settings;
		this.invoicing = invoicing;
		this.requests = requests;
		this.users = users;
		this.actingAs = actingAs;
		this.transactions = transactions;
	}

	/** An administrator fills in the issuer's name, CIF and address when missing, with no e-mail at issue. */
	void prepareCompany(long seed) {
		String admin = users.withRole(Role.ADMIN, null).get(0).username();
		actingAs.run(actingAs.signIn(admin), () -> {
			CompanyView company = settings.company();
			if (company.legalName() == null || company.taxId() == null || company.address().street() == null) {
				String cif = new SpanishIds(new Random(seed)).cif('B', "28");
				settings.updateCompany(company.version(), new CompanyData("Suministros Trastienda S.L.", cif,
						new Address("Calle de la Industria 14", "28830", "San Fernando de Henares", "Madrid", "ES"), 30,
						false));
			}
		});
	}

	/** One invoice to issue: of a shipment, on a day. */
	private record Planned(DemoShipments.Shipped shipped, LocalDate issueDate) {
	}

	/** Invoices the delivered shipments but the running contracts' latest; answers them in the order issued. */
	List<Invoiced> seed(List<DemoShipments.Shipped> shipped, Map<String, Authentication> staff, Series series,
			long seed, LocalDate today) {
		Random random = new Random(seed);
		List<Planned> planned = new ArrayList<>();
		for (DemoShipments.Shipped one : shipped) {
			ShipmentView shipment = one.shipment();
			if (!one.latest() && shipment.status() == ShipmentStatus.DELIVERED) {
				LocalDate day = shipment.deliveredOn().plusDays(random.nextInt(5));
				planned.add(new Planned(one, DemoDays.earliest(day, today)));
			}
		}
		planned.sort(Comparator.comparing(Planned::issueDate));
		List<Integer> reissued = planned.size() < 3 ? List.of() : List.of(planned.size() / 3, 2 * planned.size() / 3);
		List<Invoiced> invoiced = new ArrayList<>();
		actingAs.run(staff.get(DemoStaff.BACK_OFFICE), () -> {
			int onRequest = 0;
			for (int i = 0; i < planned.size(); i++) {
				Planned one = planned.get(i);
				if (reissued.contains(i)) {
					transactions.executeWithoutResult(status -> invoicing.cancel(
							issue(one, series, one.shipped().shipment().shippedOn().minusMonths(1), null).id(), WRONG_DATE));
				}
				Long requestId = one.issueDate().equals(today) && onRequest++ % 2 == 0
						? requests.reserved(one.shipped(), staff, today).id() : null;
				InvoiceView invoice = transactions.execute(
						status -> issue(one, series, one.shipped().shipment().deliveredOn(), requestId));
				invoiced.add(new Invoiced(one.shipped(), invoice));
			}
		});
		return invoiced;
	}

	private InvoiceView issue(Planned planned, Series series, LocalDate operationDate, Long requestId) {
		ShipmentView shipment = planned.shipped().shipment();
		List<InvoiceLineData> lines = shipment.lines()
			.stream()
			.map(line -> new InvoiceLineData(line.contractLineId(), null, line.quantity(), null, null, null, null))
			.toList();
		InvoiceView draft = invoicing.create(new InvoiceData(shipment.contractId(), InvoiceType.F1, series.ordinary(),
				planned.issueDate(), operationDate, null, "Albarán " + shipment.number(), lines, requestId));
		return invoicing.issue(draft.id());
	}
}
