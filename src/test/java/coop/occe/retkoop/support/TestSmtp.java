package coop.occe.retkoop.support;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail server of the tests. Its port is reserved by the build
 * ({@code retkoop.test.smtp-port}, a free port) so that two test runs on one machine do
 * not fight over 3025; the application's {@code spring.mail.port} reads the same
 * property.
 */
public final class TestSmtp {

	public static final ServerSetup SETUP = new ServerSetup(Integer.getInteger("retkoop.test.smtp-port", 3025),
			"127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	private TestSmtp() {
	}

}
