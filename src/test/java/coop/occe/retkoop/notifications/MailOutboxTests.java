package coop.occe.retkoop.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import coop.occe.retkoop.support.FixedClockConfiguration;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestSmtp;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The mail outbox against a real SMTP server (GreenMail), started and stopped by each
 * test: mails leave only after commit, survive an SMTP outage, are sent once however many
 * senders race for them, and never show their secrets.
 */
class MailOutboxTests extends WebTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	private Mailer mailer;

	@Autowired
	private OutboxSender sender;

	@Autowired
	private TransactionTemplate transactions;

	private GreenMail smtp;

	private TestAssociation association;

	/** Recipients of this test only: mails of other tests may be in the outbox too. */
	private String domain;

	@BeforeEach
	void setUp() {
		this.smtp = new GreenMail(TestSmtp.SETUP);
		this.association = this.data.association("OCCE du Courrier " + UUID.randomUUID().toString().substring(0, 6));
		this.domain = "@" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
	}

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
	}

	@Test
	void aRolledBackTransactionSendsNoMailAndACommittedOneDoes() throws Exception {
		this.smtp.start();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.mailer.send(mail("perdu" + this.domain, "Annulé", "Ne doit pas partir"));
			throw new IllegalStateException("the change fails after the mail was queued");
		})).isInstanceOf(IllegalStateException.class);
		this.transactions
			.executeWithoutResult((status) -> this.mailer.send(mail("recu" + this.domain, "Validé", "Part")));

		assertThat(this.smtp.waitForIncomingEmail(PATIENCE.toMillis(), 1)).isTrue();
		assertThat(this.smtp.waitForIncomingEmail(1000, 2)).as("only the committed mail leaves").isFalse();
		assertThat(this.smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Validé");
		assertThat(rowsTo("perdu" + this.domain)).isZero();
		await().atMost(PATIENCE).until(() -> "SENT".equals(statusOf("recu" + this.domain)));
	}

	@Test
	void aMailRefusedWhileTheServerIsDownIsSentOnceItIsBackAndItsSecretWiped() throws Exception {
		String to = "retard" + this.domain;
		String link = "http://localhost:8080/mot-de-passe-oublie/SECRET-" + UUID.randomUUID();
		this.mailer
			.send(new OutgoingMail(this.association.id(), null, to, "Lien", "Votre lien : " + link, List.of(link)));
		await().atMost(PATIENCE).until(() -> attemptsOf(to) == 1);
		assertThat(statusOf(to)).isEqualTo("PENDING");
		byte[] sealed = this.jdbc.sql("SELECT sealed_body FROM notifications_mail WHERE recipient = ?")
			.param(to)
			.query(byte[].class)
			.single();
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("SECRET-");
		// 10:00 in Paris: the next attempt is one minute later.
		Document page = outboxPage();
		assertThat(page.text()).contains("nouvel essai à 10:01")
			.contains("Votre lien : [masqué]")
			.doesNotContain("SECRET-");
		assertThat(this.sender.sendDue()).as("not due yet").isZero();

		this.smtp.start();
		makeDue(to);
		this.sender.sendDue();
		assertThat(this.smtp.waitForIncomingEmail(PATIENCE.toMillis(), 1)).isTrue();
		MimeMessage received = this.smtp.getReceivedMessages()[0];
		assertThat(GreenMailUtil.getBody(received).replace("=\r\n", "").replace("=3D", "=")).contains(link);
		assertThat(statusOf(to)).isEqualTo("SENT");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications_mail WHERE recipient = ? AND sealed_body IS NULL")
			.param(to)
			.query(Long.class)
			.single()).as("the secret is wiped once sent").isEqualTo(1);
		assertThat(outboxPage().text()).contains("envoyé").doesNotContain("SECRET-");
	}

	@Test
	void aMailIsGivenUpAfterEightAttempts() throws Exception {
		String to = "jamais" + this.domain;
		this.mailer.send(mail(to, "Sans espoir", "Le serveur reste arrêté"));
		await().atMost(PATIENCE).until(() -> attemptsOf(to) == 1);
		for (int attempt = 2; attempt <= OutboxSender.MAX_ATTEMPTS; attempt++) {
			makeDue(to);
			this.sender.sendDue();
			assertThat(attemptsOf(to)).isEqualTo(attempt);
		}
		assertThat(statusOf(to)).isEqualTo("FAILED");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications_mail WHERE recipient = ? AND sealed_body IS NULL")
			.param(to)
			.query(Long.class)
			.single()).as("nothing secret is kept for a mail given up").isEqualTo(1);
		assertThat(outboxPage().text()).contains("Sans espoir").contains("échec");
	}

	@Test
	void theBackOffDoublesFromOneMinuteUpToTwoHours() {
		List<Duration> delays = new ArrayList<>();
		for (int failed = 1; failed < OutboxSender.MAX_ATTEMPTS; failed++) {
			delays.add(OutboxSender.delayAfter(failed));
		}
		assertThat(delays).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L);
		assertThat(OutboxSender.delayAfter(9)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void twoSendersRacingForTheSameMailsSendEachOnce() throws Exception {
		int count = 30;
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String to = "course" + i + this.domain;
			recipients.add(to);
			this.mailer.send(mail(to, "Course " + i, "Une seule fois"));
		}
		// The server is down: every first attempt fails and the mails wait for the job.
		await().atMost(PATIENCE)
			.until(() -> this.jdbc
				.sql("SELECT COUNT(*) FROM notifications_mail WHERE recipient LIKE ? AND attempts = 1")
				.param("%" + this.domain)
				.query(Long.class)
				.single() == count);
		this.smtp.start();
		for (String to : recipients) {
			makeDue(to);
		}

		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CyclicBarrier start = new CyclicBarrier(2);
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				sent.add(nodes.submit(() -> {
					start.await();
					return this.sender.sendDue();
				}));
			}
			int total = sent.get(0).get() + sent.get(1).get();
			assertThat(total).isGreaterThanOrEqualTo(count);
		}
		finally {
			nodes.shutdown();
		}
		await().atMost(PATIENCE).until(() -> receivedHere().size() >= count);
		assertThat(this.smtp.waitForIncomingEmail(1000, this.smtp.getReceivedMessages().length + 1)).isFalse();
		assertThat(receivedHere()).hasSize(count);
		assertThat(receivedHere().stream().map(this::recipient).distinct()).hasSize(count);
	}

	private OutgoingMail mail(String to, String subject, String body) {
		return new OutgoingMail(this.association.id(), null, to, subject, body);
	}

	private Document outboxPage() throws Exception {
		return html(this.mvc
			.perform(get("/ad/" + this.association.id() + "/courriels").cookie(loginStaff(this.association)))
			.andReturn());
	}

	private void makeDue(String to) {
		this.jdbc.sql("UPDATE notifications_mail SET next_attempt_at = ? WHERE recipient = ?")
			.params(FixedClockConfiguration.NOW.atOffset(java.time.ZoneOffset.UTC), to)
			.update();
	}

	private long rowsTo(String to) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notifications_mail WHERE recipient = ?")
			.param(to)
			.query(Long.class)
			.single();
	}

	private String statusOf(String to) {
		return this.jdbc.sql("SELECT status FROM notifications_mail WHERE recipient = ?")
			.param(to)
			.query(String.class)
			.single();
	}

	private int attemptsOf(String to) {
		return this.jdbc.sql("SELECT attempts FROM notifications_mail WHERE recipient = ?")
			.param(to)
			.query(Integer.class)
			.single();
	}

	private List<MimeMessage> receivedHere() {
		return Arrays.stream(this.smtp.getReceivedMessages())
			.filter((m) -> recipient(m).endsWith(this.domain))
			.toList();
	}

	private String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
