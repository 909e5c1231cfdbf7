package org.trastienda;

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
}
