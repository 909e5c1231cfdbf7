package org.trastienda.outbox;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.IntegrationTest;
import org.trastienda.audit.AuditTrail;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outbox page and API; without GreenMail running, a retry records the failure. */
@IntegrationTest
class OutboxPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Test
	void backOfficeFindsAMessageByRecipientOrSubjectAndStatus() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String tag = UUID.randomUUID().toString();
		String subject = "Pedido confirmado " + tag;
		enqueue("pedidos-" + tag + "@example.test", subject);

		mvc.perform(get("/outbox").param("q", tag).with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString("Bandeja de salida")))
			.andExpect(content().string(containsString("Pendiente")));
		mvc.perform(get("/outbox").param("q", "PEDIDOS-" + tag).param("status", "PENDING").with(accounts.as(clerk)))
			.andExpect(content().string(containsString(subject)));
		mvc.perform(get("/outbox").param("q", tag).param("status", "SENT").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(subject))))
			.andExpect(content().string(containsString("No hay mensajes que coincidan.")));
	}

	@Test
	void sortsByAColumnAndAnswersHtmxWithTheResultsOnly() throws Exception {
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);
		String tag = UUID.randomUUID().toString();
		enqueue("b@example.test", "B " + tag);
		enqueue("a@example.test", "A " + tag);

		String page = mvc.perform(get("/outbox").param("q", tag).param("sort", "subject,asc")
				.header("HX-Request", "true").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"list-results\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("A " + tag)).isLessThan(page.indexOf("B " + tag));

		mvc.perform(get("/outbox").param("q", tag).param("sort", "password,asc").with(accounts.as(admin)))
			.andExpect(status().isOk());
	}

	@Test
	void showsAMessageWithItsBodyAttemptsAndLastError() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String subject = "Detalle " + UUID.randomUUID();
		long id = storedWith(subject, "status = 'FAILED', attempts = 10, last_error = 'Connection refused'");

		mvc.perform(get("/outbox/{id}", id).param("lang", "en").with(accounts.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cuerpo de " + subject)))
			.andExpect(content().string(containsString("Connection refused")))
			.andExpect(content().string(containsString("Failed")))
			.andExpect(content().string(containsString("id=\"retry\"")));
	}

	@Test
	void retryingAFailedMessageTriesItAgainAndIsAudited() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		long id = storedWith("Reintento " + UUID.randomUUID(), "status = 'FAILED', attempts = 3");

		mvc.perform(post("/outbox/{id}/retry", id).with(accounts.as(clerk)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/outbox/{id}/retry", id).with(csrf()).with(accounts.as(clerk)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/outbox/" + id))
			.andExpect(flash().attributeExists("flashError"));

		OutboxMessageView retried = outbox.get(id);
		assertThat(retried.attempts()).isEqualTo(4);
		assertThat(retried.lastError()).isNotBlank();
		assertThat(audit.history("OutboxMessage", id)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("RETRY");
			assertThat(entry.actor()).isEqualTo(clerk.username());
		});
	}

	@Test
	void refusesToRetryASentMessage() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		long id = storedWith("Ya enviado " + UUID.randomUUID(), "status = 'SENT', sent_at = created_at");

		mvc.perform(get("/outbox/{id}", id).with(accounts.as(clerk)))
			.andExpect(content().string(not(containsString("id=\"retry\""))));
		assertThatThrownBy(() -> outbox.retryNow(id)).isInstanceOfSatisfying(BusinessRuleException.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo("outbox.retry.alreadySent"));
	}

	@Test
	void salesRepsMayNotSeeTheOutbox() throws Exception {
		UserSummary rep = accounts.user("rep", accounts.region("N"), Role.SALES_REP);
		long id = enqueue("ana@example.test", "Privado " + UUID.randomUUID());

		mvc.perform(get("/outbox").with(accounts.as(rep))).andExpect(status().isForbidden());
		mvc.perform(get("/outbox/{id}", id).with(accounts.as(rep))).andExpect(status().isForbidden());
		mvc.perform(post("/outbox/{id}/retry", id).with(csrf()).with(accounts.as(rep))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/outbox").with(httpBasic(rep.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/outbox/{id}", id).with(httpBasic(rep.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/outbox")).andExpect(status().isUnauthorized());
	}

	@Test
	void apiListsMessagesAsAPagedModel() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		String tag = UUID.randomUUID().toString();
		enqueue("uno@example.test", "Uno " + tag);
		enqueue("dos@example.test", "Dos " + tag);
		enqueue("tres@example.test", "Tres " + tag);

		mvc.perform(get("/api/v1/outbox").param("q", tag).param("status", "PENDING").param("size", "2")
				.param("sort", "subject,asc").with(httpBasic(clerk.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].subject").value("Dos " + tag))
			.andExpect(jsonPath("$.content[0].recipients[0]").value("dos@example.test"))
			.andExpect(jsonPath("$.content[0].status").value("PENDING"))
			.andExpect(jsonPath("$.content[0].createdAt").isString())
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2));
	}

	@Test
	void apiRefusesAnUnknownSortOrStatusAndAnswers404ForAnUnknownMessage() throws Exception {
		UserSummary admin = accounts.user("admin", null, Role.ADMIN);

		mvc.perform(get("/api/v1/outbox").param("sort", "password,asc")
				.with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("«password»")));
		mvc.perform(get("/api/v1/outbox").param("status", "LOST").with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/outbox/{id}", Long.MAX_VALUE).with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	/** A message in the state the assignments put it in, as earlier delivery runs would have left it. */
	private long storedWith(String subject, String assignments) {
		long id = enqueue("ana@example.test", subject);
		jdbc.sql("UPDATE outbox_message SET " + assignments + " WHERE id = ?").param(id).update();
		return id;
	}

	private long enqueue(String recipient, String subject) {
		transactions.executeWithoutResult(status -> outbox.enqueue(
				new OutgoingMessage(List.of(recipient), subject, "Cuerpo de " + subject, null)));
		return outbox.search(null, subject, PageRequest.of(0, 1)).getContent().get(0).id();
	}
}
