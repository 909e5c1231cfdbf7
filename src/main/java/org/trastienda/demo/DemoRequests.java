package org.trastienda.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.trastienda.billing.InvoiceRequestData;
import org.trastienda.billing.InvoiceRequestStatus;
import org.trastienda.billing.InvoiceRequestView;
import org.trastienda.billing.InvoiceRequests;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;

/**
 * Invoice requests as reps make them: the contract's rep asks for the invoice of a delivery, the
 * back office takes it on. The latest deliveries of running contracts leave requests waiting, half
 * of them already reserved; a request for goods still on their way is turned down.
 */
@Component
class DemoRequests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final InvoiceRequests requests;

	private final ActingAs actingAs;

	DemoRequests(InvoiceRequests requests, ActingAs actingAs) {
		this.requests = requests;
		this.actingAs = actingAs;
	}

	/** The rep's request for the shipment's invoice, reserved by the back office for the day given. */
	InvoiceRequestView reserved(DemoShipments.Shipped shipped, Map<String, Authentication> staff, LocalDate expectedOn) {
		InvoiceRequestView asked = ask(shipped, staff);
		return actingAs.call(staff.get(DemoStaff.BACK_OFFICE),
				() -> requests.reserve(asked.id(), asked.version(), DemoStaff.BACK_OFFICE, expectedOn));
	}

	/**
	 * Requests for the running contracts' latest shipments: the delivered ones wait, every other one
	 * reserved for the coming days; the first asked for goods still on their way is rejected.
	 * Answers how many requests it left in each status.
	 */
	Map<String, Long> seed(List<DemoShipments.Shipped> shipped, Map<String, Authentication> staff, long seed,
			LocalDate today) {
		Random random = new Random(seed);
		Authentication backOffice = staff.get(DemoStaff.BACK_OFFICE);
		Map<String, Long> made = new TreeMap<>();
		int delivered = 0;
		for (DemoShipments.Shipped latest : shipped.stream().filter(DemoShipments.Shipped::latest).toList()) {
			ShipmentStatus status = latest.shipment().status();
			InvoiceRequestView request = null;
			if (status == ShipmentStatus.DELIVERED) {
				request = delivered++ % 2 == 0 ? ask(latest, staff)
						: reserved(latest, staff, today.plusDays(1 + random.nextInt(5)));
			}
			else if (status.hasLeft() && !made.containsKey(InvoiceRequestStatus.REJECTED.name())) {
				InvoiceRequestView asked = ask(latest, staff);
				request = actingAs.call(backOffice, () -> requests.reject(asked.id(), asked.version(),
						"El albarán " + latest.shipment().number() + " aún no se ha entregado; se facturará a la entrega."));
			}
			if (request != null) {
				made.merge(request.status().name(), 1L, Long::sum);
			}
		}
		return made;
	}

	private InvoiceRequestView ask(DemoShipments.Shipped shipped, Map<String, Authentication> staff) {
		ShipmentView shipment = shipped.shipment();
		String note = shipment.deliveredOn() == null
				? "Facturar el albarán " + shipment.number() + " en cuanto se entregue, por favor."
				: "Facturar el albarán " + shipment.number() + ", entregado el " + DAY.format(shipment.deliveredOn()) + ".";
		Authentication rep = staff.getOrDefault(shipped.contract().ownerUsername(), staff.get(DemoStaff.BACK_OFFICE));
		return actingAs.call(rep, () -> requests.create(new InvoiceRequestData(shipped.contract().id(), note)));
	}
}
