import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer archive benchmark (issue 2 §9), run by bench/run against a running app:
 * generates N customers through the real import API (timing it), then measures API search by
 * name fragment and by tax id, and the HTML list page, and prints p50/p95/p99.
 * Plain JDK, launched as a single-file program: java bench/CustomerBench.java BASE_URL ADMIN_PASSWORD N
 */
public class CustomerBench {

	static final String[] FIRST = { "Ferretería", "Distribuciones", "Comercial", "Suministros", "Talleres",
			"Construcciones", "Almacenes", "Transportes", "Maderas", "Cerámicas", "Aceites", "Vinos", "Muebles",
			"Textiles", "Electricidad", "Fontanería", "Pinturas", "Papelería", "Hostelería", "Recambios" };

	static final String[] SECOND = { "Gómez", "Martínez", "del Norte", "Levante", "Ibérica", "Castellana",
			"Andaluza", "Gallega", "Hermanos Ruiz", "Sánchez", "del Sur", "Mediterránea", "Atlántica", "Navarro",
			"Cantábrica", "Aragonesa", "Herrero", "Moreno", "Balear", "Extremeña" };

	static final String[] CITIES = { "Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao",
			"Valladolid", "Vigo", "Alicante", "Córdoba", "Granada", "Oviedo", "Pamplona", "Murcia" };

	static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	static final String[] KINDS = { "CUSTOMER", "CUSTOMER", "CUSTOMER", "DISTRIBUTOR", "PARTNER", "SUPPLIER" };

	static final String[] REGIONS = { "BN", "BS", "BE", "BC" };

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final String base;

	final String clerkAuth;

	final Random random = new Random(42);

	final List<String> names = new ArrayList<>();

	final List<String> taxIds = new ArrayList<>();

	CustomerBench(String base, String clerkPassword) {
		this.base = base;
		this.clerkAuth = basic("bench.clerk", clerkPassword);
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String adminPassword = args[1];
		int customers = Integer.parseInt(args[2]);
		String clerkPassword = "bench-" + UUID.randomUUID();
		CustomerBench bench = new CustomerBench(base, clerkPassword);
		bench.setUp(adminPassword, clerkPassword);
		bench.generate(customers);
		bench.measureSearch();
		bench.measureListPage(clerkPassword);
	}

	void setUp(String adminPassword, String clerkPassword) throws Exception {
		String admin = basic("admin", adminPassword);
		for (String region : REGIONS) {
			send("POST", "/api/v1/regions", admin, "application/json",
					"{\"code\":\"" + region + "\",\"name\":\"Bench " + region + "\"}");
		}
		int status = send("POST", "/api/v1/users", admin, "application/json",
				"{\"username\":\"bench.clerk\",\"fullName\":\"Bench Clerk\",\"email\":\"bench@example.test\","
						+ "\"roles\":[\"BACK_OFFICE\"],\"language\":\"es\",\"password\":\"" + clerkPassword + "\"}")
			.statusCode();
		if (status != 201 && status != 200) {
			throw new IllegalStateException("could not create bench.clerk: HTTP " + status);
		}
	}

	void generate(int total) throws Exception {
		int chunk = 10_000;
		long rows = 0;
		long nanos = 0;
		for (int start = 0; start < total; start += chunk) {
			int size = Math.min(chunk, total - start);
			byte[] csv = csv(start, size);
			long began = System.nanoTime();
			HttpResponse<String> response = multipart("/api/v1/customers/import?dryRun=false", csv);
			long took = System.nanoTime() - began;
			nanos += took;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("import failed: HTTP " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
			rows += size;
			System.out.printf("imported %,d customers (this file: %,.0f rows/s)%n", rows, size / (took / 1e9));
		}
		System.out.printf("IMPORT  %,d rows in %.1f s = %,.0f rows/s%n", rows, nanos / 1e9, rows / (nanos / 1e9));
	}

	byte[] csv(int start, int size) {
		StringBuilder csv = new StringBuilder("kind,legalName,tradeName,taxId,countryCode,segment,regionCode,email,"
				+ "phone,address.street,address.postalCode,address.city,address.countryCode,billing.paymentTermsDays,"
				+ "billing.language\n");
		for (int i = start; i < start + size; i++) {
			String name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)] + " "
					+ (i + 1) + " S.L.";
			String taxId = nif(10_000_000 + i);
			String city = CITIES[random.nextInt(CITIES.length)];
			names.add(name);
			taxIds.add(taxId);
			csv.append(KINDS[i % KINDS.length]).append(',').append(quote(name)).append(',')
				.append(quote(name.replace(" S.L.", ""))).append(',').append(taxId).append(",ES,Industria,")
				.append(REGIONS[i % REGIONS.length]).append(",info").append(i).append("@cliente.example,+34 9")
				.append(10_000_000 + random.nextInt(89_999_999)).append(",Calle Mayor ").append(1 + i % 200)
				.append(',').append(String.format("%05d", 1000 + random.nextInt(50_000))).append(',').append(city)
				.append(",ES,").append(30 * (1 + random.nextInt(3))).append(",es\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	void measureSearch() throws Exception {
		report("API search by name fragment", 300, i -> {
			String name = names.get(random.nextInt(names.size()));
			int from = random.nextInt(Math.max(1, name.length() - 6));
			return "/api/v1/customers?size=20&q=" + encode(name.substring(from, from + 5).trim());
		}, clerkAuth, null);
		report("API search by tax id", 300, i -> "/api/v1/customers?size=20&q=" + taxIds.get(random.nextInt(taxIds.size())),
				clerkAuth, null);
	}

	void measureListPage(String clerkPassword) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=bench.clerk&password=" + encode(clerkPassword) + "&_csrf=" + encode(csrf.group(1));
		browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
		report("HTML list page (sorted, paged)", 200,
				i -> "/customers?sort=legalName,asc&page=" + random.nextInt(200), null, browser);
		report("HTML list page (name fragment)", 200, i -> {
			String name = names.get(random.nextInt(names.size()));
			return "/customers?q=" + encode(name.substring(0, 6));
		}, null, browser);
	}

	void report(String label, int samples, IntFunction<String> paths, String auth, HttpClient client) throws Exception {
		HttpClient using = client == null ? http : client;
		for (int i = 0; i < 30; i++) {
			get(using, paths.apply(i), auth);
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			String path = paths.apply(i);
			long began = System.nanoTime();
			get(using, path, auth);
			millis.add((System.nanoTime() - began) / 1e6);
		}
		Collections.sort(millis);
		System.out.printf("%-34s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", label, samples,
				percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
	}

	void get(HttpClient client, String path, String auth) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (auth != null) {
			request.header("Authorization", auth);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
		}
	}

	HttpResponse<String> send(String method, String path, String auth, String type, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
			.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> multipart(String path, byte[] csv) throws Exception {
		String boundary = "bench" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"customers.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", clerkAuth)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static String nif(int number) {
		return String.format("%08d", number) + NIF_LETTERS.charAt(number % 23);
	}

	static double percentile(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	static String quote(String value) {
		return value.contains(",") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}
