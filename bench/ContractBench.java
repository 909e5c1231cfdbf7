import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contracts benchmark (issue 3 §7), run by bench/run after bench/contracts.sql filled the
 * contract tables: a year's statistics grouped by region, the HTML contract list, and submitting +
 * approving a contract through the API (client-side round trips on loopback, an upper bound of the
 * server time). Plain JDK: java bench/ContractBench.java BASE_URL ADMIN_PASSWORD
 */
public class ContractBench {

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	static final Pattern REGION = Pattern.compile("\"regionCode\"\\s*:\\s*\"([^\"]+)\"");

	final HttpClient http = HttpClient.newHttpClient();

	final String base;

	final Random random = new Random(7);

	ContractBench(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		ContractBench bench = new ContractBench(args[0]);
		String admin = basic("admin", args[1]);
		String password = "bench-" + UUID.randomUUID();
		bench.user(admin, "bench.author", "BACK_OFFICE", null, password);
		bench.user(admin, "bench.director", "SALES_DIRECTOR", null, password);
		String author = basic("bench.author", password);
		String director = basic("bench.director", password);
		bench.statistics(director);
		bench.listPage(password);
		bench.submitAndApprove(admin, author, director, password);
	}

	void user(String admin, String username, String role, String region, String password) throws Exception {
		HttpResponse<String> response = post("/api/v1/users", admin, "{\"username\":\"" + username
				+ "\",\"fullName\":\"Bench " + role + "\",\"email\":\"" + username + "@example.test\",\"roles\":[\""
				+ role + "\"],\"regionCode\":" + (region == null ? "null" : "\"" + region + "\"")
				+ ",\"language\":\"es\",\"password\":\"" + password + "\"}");
		check(response, 201);
	}

	void statistics(String director) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 35; i++) {
			long began = System.nanoTime();
			check(get("/api/v1/reports/contracts?period=2025&groupBy=region", director), 200);
			if (i >= 5) {
				millis.add((System.nanoTime() - began) / 1e6);
			}
		}
		print("API statistics, year by region", millis);
	}

	void listPage(String password) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=bench.director&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.discarding());
		List<Double> paged = new ArrayList<>();
		List<Double> searched = new ArrayList<>();
		for (int i = 0; i < 230; i++) {
			long began = System.nanoTime();
			String path = i % 2 == 0 ? "/contracts?page=" + random.nextInt(4000)
					: "/contracts?q=" + encode("suministro " + (1 + random.nextInt(100_000)));
			HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			check(response, 200);
			if (i >= 30) {
				(i % 2 == 0 ? paged : searched).add((System.nanoTime() - began) / 1e6);
			}
		}
		print("HTML contract list (paged)", paged);
		print("HTML contract list (search)", searched);
	}

	void submitAndApprove(String admin, String author, String director, String password) throws Exception {
		String customer = get("/api/v1/customers?size=1&sort=code,asc", author).body();
		Matcher party = ID.matcher(customer);
		Matcher region = REGION.matcher(customer);
		if (!party.find() || !region.find()) {
			throw new IllegalStateException("no customer to contract with");
		}
		user(admin, "bench.rep", "SALES_REP", region.group(1), password);
		List<Double> submits = new ArrayList<>();
		List<Double> approvals = new ArrayList<>();
		List<Double> both = new ArrayList<>();
		for (int i = 0; i < 230; i++) {
			String draft = "{\"kind\":\"SALE\",\"partyId\":" + party.group(1) + ",\"title\":\"Bench " + i
					+ "\",\"ownerUsername\":\"bench.rep\",\"signedOn\":\"2026-11-02\",\"startsOn\":\"2026-11-09\",\"endsOn\":\"2027-02-09\","
					+ "\"currency\":\"EUR\",\"paymentTermsDays\":30,\"lines\":["
					+ "{\"description\":\"Tornillería\",\"quantity\":120,\"unit\":\"UNIT\",\"unitPrice\":0.0125,\"discountPercent\":0,\"vatRate\":21},"
					+ "{\"description\":\"Montaje\",\"quantity\":8.5,\"unit\":\"H\",\"unitPrice\":42.5,\"discountPercent\":5,\"vatRate\":21}]}";
			String contract = id(check(post("/api/v1/contracts", author, draft), 201));
			long began = System.nanoTime();
			check(post("/api/v1/contracts/" + contract + "/submit", author, "{}"), 200);
			double submit = (System.nanoTime() - began) / 1e6;
			String request = id(check(get("/api/v1/contracts/" + contract + "/approvals", director), 200));
			began = System.nanoTime();
			check(post("/api/v1/approvals/" + request + "/approve", director, "{\"comment\":\"ok\"}"), 200);
			double approve = (System.nanoTime() - began) / 1e6;
			if (i >= 30) {
				submits.add(submit);
				approvals.add(approve);
				both.add(submit + approve);
			}
		}
		print("API submit a contract", submits);
		print("API approve it (activates + schedule)", approvals);
		print("API submit + approve", both);
	}

	HttpResponse<String> get(String path, String auth) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String auth, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> check(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().uri() + " answered HTTP " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(400, response.body().length())));
		}
		return response;
	}

	static String id(HttpResponse<String> response) {
		Matcher id = ID.matcher(response.body());
		if (!id.find()) {
			throw new IllegalStateException("no id in " + response.body());
		}
		return id.group(1);
	}

	static void print(String label, List<Double> millis) {
		Collections.sort(millis);
		System.out.printf("%-38s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", label, millis.size(),
				percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
	}

	static double percentile(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}
