import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invoicing benchmark of issue 4, run by bench/run after bench/invoices.sql generated the issued
 * invoices and their VERI*FACTU chain: issuing one invoice through the API (draft made beforehand,
 * the issue call timed), eight clients issuing at once on the default ordinary series, a year's invoice
 * register and the verification of the whole chain. Times are round trips from this client, so they
 * bound the server time from above.
 */
public class InvoiceBench extends ContractBench {

	static final Pattern CONTRACT = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"version\"");

	static final Pattern CONTRACT_LINE = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"productId\"");

	static final int CLIENTS = 8;

	static final int PER_CLIENT = 60;

	InvoiceBench(String base) {
		super(base);
	}

	public static void main(String[] args) throws Exception {
		InvoiceBench bench = new InvoiceBench(args[0]);
		String admin = basic("admin", args[1]);
		String password = "bench-" + UUID.randomUUID();
		bench.user(admin, "bench.biller", "BACK_OFFICE", null, password);
		String biller = basic("bench.biller", password);
		List<String[]> contracts = bench.contracts(biller);
		bench.issueOne(biller, contracts);
		bench.issueConcurrently(biller, contracts);
		bench.register(biller);
		bench.verifyChain(biller);
	}

	/** Active bench contracts with two of their line ids each: {contractId, lineId, lineId}. */
	List<String[]> contracts(String auth) throws Exception {
		String page = check(get("/api/v1/contracts?status=ACTIVE&q=" + encode("CV-2025-B") + "&size=100", auth), 200).body();
		Matcher ids = CONTRACT.matcher(page);
		List<String> contractIds = new ArrayList<>();
		while (ids.find()) {
			String contract = check(get("/api/v1/contracts/" + ids.group(1), auth), 200).body();
			Matcher lines = CONTRACT_LINE.matcher(contract);
			if (lines.find()) {
				String first = lines.group(1);
				if (lines.find() && !contractIds.contains(ids.group(1))) {
					contractIds.add(ids.group(1) + "," + first + "," + lines.group(1));
				}
			}
		}
		if (contractIds.isEmpty()) {
			throw new IllegalStateException("no active bench contract with lines");
		}
		return contractIds.stream().map(row -> row.split(",")).toList();
	}

	String draft(String auth, String[] contract, int quantity) throws Exception {
		return id(check(post("/api/v1/invoices", auth, "{\"contractId\":" + contract[0] + ",\"type\":\"F1\",\"lines\":["
				+ "{\"contractLineId\":" + contract[1] + ",\"quantity\":" + quantity + "},"
				+ "{\"contractLineId\":" + contract[2] + ",\"quantity\":1}]}"), 201));
	}

	void issueOne(String auth, List<String[]> contracts) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 230; i++) {
			String invoice = draft(auth, contracts.get(i % contracts.size()), 1 + i % 7);
			long began = System.nanoTime();
			check(post("/api/v1/invoices/" + invoice + "/issue", auth, "{}"), 200);
			if (i >= 30) {
				millis.add((System.nanoTime() - began) / 1e6);
			}
		}
		print("API issue one invoice", millis);
	}

	void issueConcurrently(String auth, List<String[]> contracts) throws Exception {
		List<List<String>> drafts = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			List<String> own = new ArrayList<>();
			for (int i = 0; i < PER_CLIENT; i++) {
				own.add(draft(auth, contracts.get((client * PER_CLIENT + i) % contracts.size()), 1 + i % 5));
			}
			drafts.add(own);
		}
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		long began = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (List<String> own : drafts) {
			done.add(clients.submit(() -> {
				for (String invoice : own) {
					check(post("/api/v1/invoices/" + invoice + "/issue", auth, "{}"), 200);
				}
				return null;
			}));
		}
		for (Future<?> client : done) {
			client.get();
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		clients.shutdown();
		System.out.printf("%-38s %d invoices by %d clients in %.2f s = %.0f invoices/s%n", "API issue concurrently",
				CLIENTS * PER_CLIENT, CLIENTS, seconds, CLIENTS * PER_CLIENT / seconds);
	}

	void register(String auth) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			long began = System.nanoTime();
			check(get("/api/v1/reports/invoice-register?from=2025-01-01&to=2025-12-31", auth), 200);
			if (i >= 3) {
				millis.add((System.nanoTime() - began) / 1e6);
			}
		}
		print("API invoice register, one year", millis);
	}

	void verifyChain(String auth) throws Exception {
		List<Double> millis = new ArrayList<>();
		String answer = "";
		for (int i = 0; i < 3; i++) {
			long began = System.nanoTime();
			answer = check(get("/api/v1/verifactu/verify", auth), 200).body();
			millis.add((System.nanoTime() - began) / 1e6);
		}
		if (!answer.contains("\"valid\":true")) {
			throw new IllegalStateException("the chain does not verify: " + answer);
		}
		print("API verify the VERI*FACTU chain", millis);
		System.out.println("   " + answer);
	}
}
