package org.trastienda.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.trastienda.customers.Address;
import org.trastienda.customers.BillingData;
import org.trastienda.customers.CertificateData;
import org.trastienda.customers.ContactData;
import org.trastienda.customers.CustomerData;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;

/**
 * Draws the demo company's customers from one seeded random: the same seed and day give the same
 * customers. Certificate dates are relative to today, so some always expire this month and some
 * have expired.
 */
final class DemoCustomers {

	/** A file to attach to a customer. */
	record Attachment(String fileName, byte[] content) {
	}

	/** Everything one demo customer gets; {@code ownerUsername} also writes its notes. */
	record DemoCustomer(CustomerData data, String ownerUsername, boolean archived, List<ContactData> contacts,
			List<CertificateData> certificates, List<String> notes, Attachment attachment) {
	}

	private record CertificateType(String type, String issuer) {
	}

	private static final List<String> SEGMENTS = List.of("Construcción", "Ferretería", "Hostelería", "Industria",
			"Gran distribución", "Comercio minorista", "Alimentación", "Sector público", "Instaladores");

	private static final List<String> POSITIONS = List.of("Gerente", "Responsable de compras", "Director financiero",
			"Jefe de almacén", "Administración", "Director comercial", "Responsable de calidad");

	private static final List<CertificateType> CERTIFICATES = List.of(new CertificateType("ISO 9001", "AENOR"),
			new CertificateType("ISO 14001", "Bureau Veritas"),
			new CertificateType("Registro Sanitario de Alimentos", "AESAN"),
			new CertificateType("Licencia de actividad", "Ayuntamiento"),
			new CertificateType("Certificado de estar al corriente con la AEAT", "Agencia Tributaria"),
			new CertificateType("Certificado de la Seguridad Social", "TGSS"),
			new CertificateType("Homologación de proveedor", "Departamento de Calidad"));

	private static final List<String> NOTES = List.of(
			"Llamada con el responsable de compras: interesados en la nueva gama para la próxima temporada.",
			"Visita comercial. Piden revisar el plazo de pago a 60 días; lo consulto con finanzas.",
			"Han recibido el catálogo y la carta de colores. Volver a llamar dentro de dos semanas.",
			"Reclamación por retraso en la última entrega, resuelta con el transportista.",
			"Solicitan muestras del modelo nuevo antes de cerrar el pedido.",
			"Reunión en sus oficinas: prevén aumentar el volumen un 15 % este año.",
			"Pendiente de recibir el certificado actualizado para renovar la homologación.",
			"Confirman los datos bancarios para las domiciliaciones.",
			"Contactado por correo: cambio de persona de contacto en administración.");

	/** One customer in so many has been archived (it stays, with its history). */
	private static final int ARCHIVE_EVERY = 50;

	private final Random random;

	private final SpanishIds ids;

	private final SpanishNames names;

	private final LocalDate today;

	private final Set<String> taxIds = new HashSet<>();

	DemoCustomers(long seed, LocalDate today) {
		this.random = new Random(seed);
		this.ids = new SpanishIds(random);
		this.names = new SpanishNames(random);
		this.today = today;
	}

	List<DemoCustomer> draw(int count) {
		List<DemoCustomer> customers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			customers.add(next(i % ARCHIVE_EVERY == ARCHIVE_EVERY - 1));
		}
		return customers;
	}

	private DemoCustomer next(boolean archived) {
		CustomerKind kind = CustomerKind.values()[weightedKind()];
		SpanishPlaces.Region region = SpanishPlaces.REGIONS.get(random.nextInt(SpanishPlaces.REGIONS.size()));
		SpanishPlaces.Province province = names.pick(SpanishPlaces.PROVINCES.get(region.code()));
		String city = names.pick(province.towns());
		String owner = names.pick(DemoStaff.repsOf(region.code())).username();

		int form = random.nextInt(20);
		boolean soleTrader = form >= 17;
		String company = names.companyName();
		String legalName;
		String tradeName;
		String taxId;
		if (soleTrader) {
			String person = names.firstName() + " " + names.surnames();
			legalName = person;
			tradeName = company;
			taxId = unique(() -> form == 19 ? ids.nie() : ids.nif());
		}
		else {
			boolean sociedadAnonima = form >= 12;
			legalName = company + (sociedadAnonima ? ", S.A." : ", S.L.");
			tradeName = company;
			taxId = unique(() -> ids.cif(sociedadAnonima ? 'A' : 'B', province.postalPrefix()));
		}
		String domain = SpanishNames.slug(company) + ".es";
		String postalCode = province.postalPrefix() + "%03d".formatted(random.nextInt(1000));
		Address address = new Address(names.pick(SpanishPlaces.STREETS) + " " + (1 + random.nextInt(120)), postalCode,
				city, province.name(), "ES");
		BillingData billing = new BillingData("facturacion@" + domain, names.pick(List.of(30, 30, 45, 60, 60, 90)),
				BigDecimal.valueOf(names.pick(List.of(3_000, 5_000, 10_000, 15_000, 25_000, 50_000, 100_000)))
					.setScale(2),
				ids.iban(), soleTrader && random.nextInt(3) == 0, random.nextInt(15) == 0 ? "en" : "es");
		CustomerStatus status = random.nextInt(15) == 0 ? CustomerStatus.BLOCKED : CustomerStatus.ACTIVE;
		CustomerData data = new CustomerData(kind, legalName, tradeName, taxId, "ES", names.pick(SEGMENTS),
				region.code(), owner, status, "info@" + domain, landline(), "https://www." + domain,
				address, billing, random.nextInt(4) == 0 ? "Cliente desde " + (2005 + random.nextInt(19)) + "." : null);
		return new DemoCustomer(data, owner, archived, contacts(domain), certificates(city), notes(),
				random.nextInt(3) == 0 ? attachment(legalName, billing) : null);
	}

	/** Customers most, then distributors, partners and suppliers (in the enum's order). */
	private int weightedKind() {
		int draw = random.nextInt(20);
		return draw < 11 ? 0 : draw < 15 ? 1 : draw < 17 ? 2 : 3;
	}

	private List<ContactData> contacts(String domain) {
		List<ContactData> contacts = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			String first = names.firstName();
			String surnames = names.surnames();
			String email = SpanishNames.slug(first) + "." + SpanishNames.slug(surnames.split(" ")[0]) + "@" + domain;
			contacts.add(new ContactData(first + " " + surnames, names.pick(POSITIONS), email,
					random.nextBoolean() ? landline() : null, mobile(), i == 0));
		}
		return contacts;
	}

	/** About one in six certificates has expired and one in six expires before the month ends. */
	private List<CertificateData> certificates(String city) {
		List<CertificateData> certificates = new ArrayList<>();
		int count = random.nextInt(4);
		LocalDate endOfMonth = today.with(TemporalAdjusters.lastDayOfMonth());
		for (int i = 0; i < count; i++) {
			CertificateType type = CERTIFICATES.get(random.nextInt(CERTIFICATES.size()));
			LocalDate expiresOn = switch (random.nextInt(6)) {
				case 0 -> today.minusDays(1 + random.nextInt(120));
				case 1 -> today.plusDays(random.nextInt((int) (endOfMonth.toEpochDay() - today.toEpochDay()) + 1));
				default -> today.plusDays(40 + random.nextInt(900));
			};
			LocalDate issuedOn = expiresOn.minusYears(1 + random.nextInt(3));
			String issuer = type.issuer().equals("Ayuntamiento") ? "Ayuntamiento de " + city : type.issuer();
			certificates.add(new CertificateData(type.type(), "%s-%06d".formatted(initials(type.type()),
					random.nextInt(1_000_000)), issuer, issuedOn, expiresOn));
		}
		return certificates;
	}

	private List<String> notes() {
		List<String> notes = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			notes.add(names.pick(NOTES));
		}
		return notes;
	}

	private Attachment attachment(String legalName, BillingData billing) {
		String text = """
				Condiciones comerciales acordadas con %s

				Forma de pago: transferencia a %d días.
				Límite de crédito: %s EUR.
				Descuento por volumen: %d %% a partir de 10.000 EUR anuales.
				""".formatted(legalName, billing.paymentTermsDays(), billing.creditLimit().toPlainString(),
				2 + random.nextInt(6));
		return new Attachment("condiciones-comerciales.txt", text.getBytes(StandardCharsets.UTF_8));
	}

	private String unique(Supplier<String> taxId) {
		String candidate = taxId.get();
		while (!taxIds.add(candidate)) {
			candidate = taxId.get();
		}
		return candidate;
	}

	private String landline() {
		return "+34 9%02d %03d %03d".formatted(10 + random.nextInt(80), random.nextInt(1000), random.nextInt(1000));
	}

	private String mobile() {
		return "+34 6%02d %03d %03d".formatted(random.nextInt(100), random.nextInt(1000), random.nextInt(1000));
	}

	private static String initials(String type) {
		StringBuilder initials = new StringBuilder();
		for (String word : type.split(" ")) {
			if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0)) && initials.length() < 4) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.toString();
	}
}
