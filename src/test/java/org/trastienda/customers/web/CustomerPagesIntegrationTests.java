package org.trastienda.customers.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.trastienda.IntegrationTest;
import org.trastienda.customers.Address;
import org.trastienda.customers.CertificateData;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerData;
import org.trastienda.customers.CustomerFilter;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerView;
import org.trastienda.customers.SignIn;
import org.trastienda.customers.TestTaxIds;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CustomerPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CustomerArchive archive;

	@Autowired
	SignIn signIn;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void liveSearchAnswersOnlyTheResultsFragment() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String marker = "Qx" + System.nanoTime();
		CustomerView customer = customer(clerk, "Talleres " + marker + " S.L.");

		mvc.perform(get("/customers").param("q", marker.toLowerCase()).header("HX-Request", "true").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"list-results\"")))
			.andExpect(content().string(containsString(customer.legalName())))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/customers").param("q", marker).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("/customers/export?q=" + marker + "&amp;format=csv")));
	}

	@Test
	void offersNewCustomerOnlyToThoseWhoMayCreate() throws Exception {
		UserSummary director = accounts.user("director", null, Role.SALES_DIRECTOR);
		UserSummary rep = accounts.user("rep", accounts.region("N"), Role.SALES_REP);

		mvc.perform(get("/customers").with(accounts.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"new-customer\""))));
		mvc.perform(get("/customers").with(accounts.as(rep)))
			.andExpect(content().string(containsString("id=\"new-customer\"")))
			.andExpect(content().string(not(containsString("id=\"import-customers\""))));
		mvc.perform(get("/customers/new").with(accounts.as(director))).andExpect(status().isForbidden());
	}

	@Test
	void wrongNifAnswers422WithTheErrorBesideTheField() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);

		mvc.perform(htmx(post("/customers")).with(accounts.as(clerk))
			.param("kind", "CUSTOMER")
			.param("legalName", "Errores S.L.")
			.param("taxId", "12345678A")
			.param("countryCode", "ES"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"customer-form\"")))
			.andExpect(content().string(containsString("id=\"taxId-error\"")))
			.andExpect(content().string(containsString("carácter de control")));
	}

	@Test
	void savedCustomerRedirectsToItsPageWithAMessage() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String name = "Nueva " + System.nanoTime() + " S.L.";

		var result = mvc.perform(htmx(post("/customers")).with(accounts.as(clerk))
			.param("kind", "DISTRIBUTOR")
			.param("legalName", name)
			.param("taxId", TestTaxIds.nextDni())
			.param("countryCode", "ES")
			.param("billing.creditLimit", "1.500,50")
			.param("billing.language", "es"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", org.hamcrest.Matchers.matchesPattern("/customers/\\d+")))
			.andExpect(flash().attribute("flashSuccess", containsString(name)))
			.andReturn();

		mvc.perform(get(result.getResponse().getHeader("HX-Redirect")).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("1.500,50")));
	}

	@Test
	void duplicateTaxIdAnswers409BesideTheField() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView first = customer(clerk, "Primera " + System.nanoTime());

		mvc.perform(htmx(post("/customers")).with(accounts.as(clerk))
			.param("kind", "CUSTOMER")
			.param("legalName", "Segunda S.L.")
			.param("taxId", first.taxId())
			.param("countryCode", "ES"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"taxId-error\"")))
			.andExpect(content().string(containsString(first.code())));
	}

	@Test
	void staleEditAnswers409WithTheConflictMessage() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView customer = customer(clerk, "Antigua " + System.nanoTime());
		signIn.as(clerk);
		archive.update(customer.id(), customer.version(), data(customer.taxId(), customer.legalName() + " (2)"));

		mvc.perform(htmx(post("/customers/" + customer.id())).with(accounts.as(clerk))
			.param("version", String.valueOf(customer.version()))
			.param("kind", "CUSTOMER")
			.param("legalName", "Pisada S.L.")
			.param("taxId", customer.taxId())
			.param("countryCode", "ES"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict\"")));
		signIn.as(clerk);
		assertThat(archive.get(customer.id()).legalName()).isEqualTo(customer.legalName() + " (2)");
	}

	@Test
	void financeChangesTheBillingDataOnly() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		UserSummary finance = accounts.user("finance", null, Role.FINANCE);
		CustomerView customer = customer(clerk, "Facturable " + System.nanoTime());

		mvc.perform(get("/customers/" + customer.id() + "/edit").with(accounts.as(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("disabled")));
		mvc.perform(htmx(post("/customers/" + customer.id())).with(accounts.as(finance))
			.param("version", String.valueOf(customer.version()))
			.param("legalName", "Cambiada por finanzas")
			.param("billing.iban", "ES91 2100 0418 4502 0005 1332")
			.param("billing.paymentTermsDays", "60"))
			.andExpect(status().isOk());

		signIn.as(clerk);
		CustomerView after = archive.get(customer.id());
		assertThat(after.legalName()).isEqualTo(customer.legalName());
		assertThat(after.billing().paymentTermsDays()).isEqualTo(60);
		assertThat(after.billing().iban()).isEqualTo("ES9121000418450200051332");
	}

	@Test
	void historyTabShowsEachChangedFieldOldAndNew() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView customer = customer(clerk, "Historia " + System.nanoTime());
		signIn.as(clerk);
		archive.update(customer.id(), customer.version(), data(customer.taxId(), "Renombrada S.A."));

		mvc.perform(get("/customers/" + customer.id()).param("tab", "history").param("lang", "en").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"history-table\"")))
			.andExpect(content().string(containsString(customer.legalName())))
			.andExpect(content().string(containsString("Renombrada S.A.")))
			.andExpect(content().string(containsString("Legal name")));
	}

	@Test
	void everyTabRendersAsAPartialForHtmx() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView customer = customer(clerk, "Pestañas " + System.nanoTime());
		for (String tab : CustomerPage.TABS) {
			mvc.perform(get("/customers/" + customer.id() + "/tabs/" + tab).header("HX-Request", "true").with(accounts.as(clerk)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"customer-tabs\"")))
				.andExpect(content().string(containsString("class=\"nav-link active\" id=\"tab-" + tab + "\"")));
		}
	}

	@Test
	void contactsAreAddedEditedAndRemovedInTheTab() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView customer = customer(clerk, "Contactos " + System.nanoTime());
		String contacts = "/customers/" + customer.id() + "/contacts";

		mvc.perform(htmx(post(contacts)).with(accounts.as(clerk)).param("name", "Ana Ruiz").param("email", "no-es-correo"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"email-error\"")));
		mvc.perform(htmx(post(contacts)).with(accounts.as(clerk)).param("name", "Ana Ruiz").param("email", "ana@example.test"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Retarget", "#customer-tabs"))
			.andExpect(content().string(containsString("Ana Ruiz")))
			.andExpect(content().string(containsString("id=\"tab-message\"")));

		signIn.as(clerk);
		var contact = archive.contacts(customer.id()).get(0);
		mvc.perform(htmx(post(contacts + "/" + contact.id())).with(accounts.as(clerk))
			.param("version", String.valueOf(contact.version())).param("name", "Ana Ruiz Gil").param("primary", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Ruiz Gil")));
		mvc.perform(htmx(delete(contacts + "/" + contact.id())).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Ana Ruiz Gil</span>"))));
		signIn.as(clerk);
		assertThat(archive.contacts(customer.id())).isEmpty();
	}

	@Test
	void expiringCertificateRaisesTheWarningOnTheCustomerPage() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView customer = customer(clerk, "Certificada " + System.nanoTime());

		mvc.perform(htmx(post("/customers/" + customer.id() + "/certificates")).with(accounts.as(clerk))
			.param("type", "ISO 9001")
			.param("expiresOn", LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(5).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"certificate-warning\"")));
		mvc.perform(get("/customers/" + customer.id()).with(accounts.as(clerk)))
			.andExpect(content().string(containsString("id=\"certificate-warning\"")));
	}

	@Test
	void notesAppearOnTheTimelineNewestFirst() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView customer = customer(clerk, "Notas " + System.nanoTime());

		mvc.perform(htmx(post("/customers/" + customer.id() + "/notes")).with(accounts.as(clerk)).param("body", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"body-error\"")));
		mvc.perform(htmx(post("/customers/" + customer.id() + "/notes")).with(accounts.as(clerk)).param("body", "Primera llamada"));
		var answer = mvc.perform(htmx(post("/customers/" + customer.id() + "/notes")).with(accounts.as(clerk))
			.param("body", "Segunda llamada"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(answer.indexOf("Segunda llamada")).isLessThan(answer.indexOf("Primera llamada"));
	}

	@Test
	void customerOutsideTheScopeAnswers404() throws Exception {
		RegionView region = accounts.region("E");
		UserSummary owner = accounts.user("rep", region, Role.SALES_REP);
		UserSummary otherRep = accounts.user("rep", region, Role.SALES_REP);
		UserSummary manager = accounts.user("manager", region, Role.REGIONAL_MANAGER);
		CustomerView customer = customer(owner, "Ajena " + System.nanoTime());

		mvc.perform(get("/customers/" + customer.id()).with(accounts.as(otherRep))).andExpect(status().isNotFound());
		mvc.perform(get("/customers/" + customer.id()).with(accounts.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"edit-customer\""))));
		mvc.perform(get("/customers/" + customer.id() + "/edit").with(accounts.as(manager))).andExpect(status().isForbidden());
	}

	@Test
	void attachmentsAreUploadedDownloadedAndDeletedByTheBackOffice() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		CustomerView customer = customer(clerk, "Documentada " + System.nanoTime());
		String attachments = "/customers/" + customer.id() + "/attachments";

		mvc.perform(htmx(multipart(attachments).file(new MockMultipartFile("file", "programa.exe", null,
				new byte[] { 'M', 'Z', 0, 0, 1, 2, 3 }))).with(accounts.as(clerk)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"file-error\"")));
		mvc.perform(htmx(multipart(attachments).file(new MockMultipartFile("file", "condiciones.txt", "text/plain",
				"Pago a 30 días".getBytes(StandardCharsets.UTF_8)))).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("condiciones.txt")));

		signIn.as(clerk);
		var attachment = archive.attachments(customer.id()).get(0);
		mvc.perform(get(attachments + "/" + attachment.id()).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes("Pago a 30 días".getBytes(StandardCharsets.UTF_8)));
		mvc.perform(htmx(delete(attachments + "/" + attachment.id())).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tab-message\"")));
		signIn.as(clerk);
		assertThat(archive.attachments(customer.id())).isEmpty();
	}

	@Test
	void onlyTheBackOfficeDeletesAttachments() throws Exception {
		RegionView region = accounts.region("C");
		UserSummary rep = accounts.user("rep", region, Role.SALES_REP);
		CustomerView customer = customer(rep, "Del comercial " + System.nanoTime());
		mvc.perform(htmx(multipart("/customers/" + customer.id() + "/attachments").file(new MockMultipartFile("file",
				"nota.txt", "text/plain", "hola".getBytes(StandardCharsets.UTF_8)))).with(accounts.as(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hx-delete=\"/customers/" + customer.id() + "/attachments/"))));

		signIn.as(rep);
		var attachment = archive.attachments(customer.id()).get(0);
		mvc.perform(htmx(delete("/customers/" + customer.id() + "/attachments/" + attachment.id())).with(accounts.as(rep)))
			.andExpect(status().isForbidden());
	}

	@Test
	void importShowsTheDryRunThenImportsTheSameFile() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String name = "Importada " + System.nanoTime();
		String taxId = TestTaxIds.nextDni();
		byte[] good = ("legalName;taxId;kind\n" + name + ";" + taxId + ";CUSTOMER\n").getBytes(StandardCharsets.UTF_8);
		byte[] bad = ("legalName;taxId;kind\n" + name + ";12345678A;CUSTOMER\n").getBytes(StandardCharsets.UTF_8);

		Cookie session = mvc.perform(htmx(multipart("/customers/import/preview")
			.file(new MockMultipartFile("file", "malo.csv", "text/csv", bad))).with(accounts.as(clerk)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"import-rejections\"")))
			.andExpect(content().string(not(containsString("id=\"import-confirm\""))))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(htmx(post("/customers/import/commit")).cookie(session).with(accounts.as(clerk)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("vuelva a subirlo")));

		mvc.perform(htmx(multipart("/customers/import/preview").file(new MockMultipartFile("file", "bueno.csv", "text/csv", good)))
			.cookie(session).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-confirm\"")));
		signIn.as(clerk);
		assertThat(archive.search(new CustomerFilter(name, null, null, null, null), PageRequest.of(0, 5))).isEmpty();

		mvc.perform(htmx(post("/customers/import/commit")).cookie(session).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-created\">1</div>")));
		signIn.as(clerk);
		assertThat(archive.search(new CustomerFilter(name, null, null, null, null), PageRequest.of(0, 5)))
			.extracting(CustomerView::taxId).containsExactly(taxId);
	}

	@Test
	void exportButtonDownloadsTheFilteredListForTheSignedInUser() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String marker = "Exp" + System.nanoTime();
		CustomerView customer = customer(clerk, "Exportable " + marker);

		mvc.perform(get("/customers/export").param("format", "csv").param("q", marker).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString(customer.taxId())));
	}

	private CustomerView customer(UserSummary user, String legalName) {
		signIn.as(user);
		try {
			return archive.create(data(TestTaxIds.nextDni(), legalName));
		}
		finally {
			signIn.out();
		}
	}

	private static CustomerData data(String taxId, String legalName) {
		return new CustomerData(CustomerKind.CUSTOMER, legalName, null, taxId, "ES", null, null, null, null, null, null,
				null, new Address("Calle Mayor 1", "28013", "Madrid", "Madrid", "ES"), null, null);
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B htmx(B request) {
		return request.header("HX-Request", "true").with(csrf());
	}
}
