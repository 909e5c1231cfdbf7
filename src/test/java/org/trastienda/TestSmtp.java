package org.trastienda;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' SMTP server: GreenMail on the port the build reserved ({@code greenmail.port}, which
 * the build also hands the app as {@code spring.mail.port}), 3025 when run outside Maven.
 */
public final class TestSmtp {

	public static final ServerSetup SERVER = new ServerSetup(Integer.getInteger("greenmail.port", 3025), "127.0.0.1",
			ServerSetup.PROTOCOL_SMTP);

	private TestSmtp() {
	}

	/**
	 * GreenMail for a test that delivers mail. The tests share one database, so the outbox holds
	 * every message earlier tests queued (thousands: each approval request mails every director the
	 * tests created); delivering them all in every mail test would take minutes. Before each test
	 * they are postponed, still pending, so the test delivers only what it queues itself.
	 */
	public static GreenMailExtension server() {
		return new GreenMailExtension(SERVER) {

			@Override
			public void beforeEach(ExtensionContext context) {
				super.beforeEach(context);
				postponeQueued(SpringExtension.getApplicationContext(context).getBean(JdbcClient.class));
			}
		};
	}

	/** Sets every message queued so far aside, still pending, so a test delivers only what it queues next. */
	public static void postponeQueued(JdbcClient jdbc) {
		jdbc.sql("UPDATE outbox_message SET next_attempt_at = TIMESTAMP '2999-01-01 00:00:00' "
				+ "WHERE status = 'PENDING' AND next_attempt_at <= CURRENT_TIMESTAMP")
			.update();
	}
}
