package coop.occe.retkoop.platform;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import coop.occe.retkoop.RetkoopApplication;
import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.notifications.Mailer;
import coop.occe.retkoop.notifications.OutgoingMail;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One node of the cluster of {@link ClusterTests}: the whole application with its web
 * server, in a JVM of its own, on the database and SMTP server it is given. It tells the
 * test its port ({@code STARTED <port>}) and then does what the test writes on its
 * standard input, one command a line:
 * <ul>
 * <li>{@code SETUP}: a cooperative with its password and its year
 * ({@code COOPERATIVE <id> <login> <name>});</li>
 * <li>{@code MAIL <count> <recipient>}: queues mails in the outbox ({@code QUEUED});</li>
 * <li>{@code FAILED <recipient>}: waits until each of them has failed its first attempt
 * ({@code FAILED <count still untried>});</li>
 * <li>{@code DUE <recipient>}: makes the recipient's pending mails due now, as if its
 * back-off had passed ({@code DUE <count>});</li>
 * <li>{@code POST <cooperativeId> <clients> <node>}: clients post entries until
 * {@code STOP} or the node is killed ({@code CONFIRMED <id> <voucher> <label>} for each
 * entry confirmed, {@code STOPPED} when they have stopped);</li>
 * <li>{@code STORED <cooperativeId>}: the year's entries ({@code STORED <id> <voucher>
 * <label>} each, then {@code END});</li>
 * <li>{@code EXIT}: stops the node.</li>
 * </ul>
 */
public final class ClusterNode {

	private ClusterNode() {
	}

	public static void main(String[] args) throws Exception {
		// one write per line: the log of the jobs goes to the same standard output
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		List<String> springArgs = new ArrayList<>(List.of(args));
		springArgs.add("--server.port=0");
		springArgs.add("--retkoop.demo.enabled=false");
		springArgs.add("--spring.main.banner-mode=off");
		springArgs.add("--logging.level.root=WARN");
		springArgs.add("--logging.level.coop.occe.retkoop.platform.JobLock=DEBUG");
		springArgs.add("--logging.pattern.console=%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{0} %msg%n");
		ConfigurableApplicationContext context = SpringApplication.run(RetkoopApplication.class,
				springArgs.toArray(String[]::new));
		Ledger ledger = context.getBean(Ledger.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		AtomicBoolean running = new AtomicBoolean();
		List<Thread> clients = new ArrayList<>();
		say(out, "STARTED " + context.getEnvironment().getProperty("local.server.port"));
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			String[] command = line.split(" ");
			switch (command[0]) {
				case "SETUP" -> {
					TestData data = new TestData(context.getBean(AssociationRepository.class),
							context.getBean(CooperativeService.class), context.getBean(Accounts.class), jdbc,
							context.getBean(PasswordEncoder.class));
					TestData.TestCooperative coop = data.readyCooperative(data.association("OCCE Grappe"),
							"Coopérative Grappe");
					ledger.openYear(coop.id(), new SchoolYear(2026), Money.ZERO, Money.ZERO, VoucherStyle.SINGLE);
					say(out, "COOPERATIVE " + coop.id() + " " + coop.login() + " " + coop.name());
				}
				case "MAIL" -> {
					Mailer mailer = context.getBean(Mailer.class);
					TransactionTemplate transaction = new TransactionTemplate(
							context.getBean(PlatformTransactionManager.class));
					for (int i = 0; i < Integer.parseInt(command[1]); i++) {
						int number = i;
						transaction.executeWithoutResult((status) -> mailer.send(new OutgoingMail(null, null,
								command[2], "Message " + number, "Corps du message " + number)));
					}
					say(out, "QUEUED");
				}
				case "FAILED" -> {
					// the first attempts, right after commit, against an SMTP server that
					// is down
					long end = System.nanoTime() + 30_000_000_000L;
					while (untried(jdbc, command[1]) > 0 && System.nanoTime() < end) {
						Thread.sleep(100);
					}
					say(out, "FAILED " + untried(jdbc, command[1]));
				}
				case "DUE" -> {
					int due = jdbc.sql(
							"UPDATE notifications_mail SET next_attempt_at = created_at WHERE status = ? AND recipient = ?")
						.params("PENDING", command[1])
						.update();
					say(out, "DUE " + due);
				}
				case "POST" -> {
					FiscalYear year = ledger.fiscalYear(Long.parseLong(command[1]), new SchoolYear(2026)).orElseThrow();
					running.set(true);
					for (int c = 0; c < Integer.parseInt(command[2]); c++) {
						String client = command[3] + " client " + c;
						Thread thread = new Thread(() -> {
							for (int i = 0; running.get(); i++) {
								String label = client + " entry " + i;
								PostResult result = ledger.post(year, draft(label));
								if (!result.isPosted()) {
									say(out, "REFUSED " + label + " " + result.problems());
									return;
								}
								say(out, "CONFIRMED " + result.entryId() + " " + result.voucher() + " " + label);
							}
						});
						thread.start();
						clients.add(thread);
					}
				}
				case "STOP" -> {
					running.set(false);
					for (Thread thread : clients) {
						thread.join();
					}
					say(out, "STOPPED");
				}
				case "STORED" -> {
					FiscalYear year = ledger.fiscalYear(Long.parseLong(command[1]), new SchoolYear(2026)).orElseThrow();
					jdbc.sql("SELECT id, voucher, label FROM ledger_entry WHERE fiscal_year_id = ? ORDER BY id")
						.param(year.id())
						.query((rs, n) -> "STORED " + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3))
						.list()
						.forEach((stored) -> say(out, stored));
					say(out, "END");
				}
				case "EXIT" -> {
					context.close();
					System.exit(0);
				}
				default -> throw new IllegalArgumentException(line);
			}
		}
	}

	private static long untried(JdbcClient jdbc, String recipient) {
		return jdbc
			.sql("SELECT COUNT(*) FROM notifications_mail WHERE status = 'PENDING' AND attempts = 0 AND recipient = ?")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	private static void say(PrintStream out, String line) {
		out.print(line + "\n");
	}

	private static EntryDraft draft(String label) {
		Money amount = Money.of("3.5");
		return new EntryDraft(Operation.RECEIPT, LocalDate.of(2026, 9, 15), label, PaymentMeans.CASH, "", amount,
				List.of(new Split("7562", amount)), null);
	}

}
