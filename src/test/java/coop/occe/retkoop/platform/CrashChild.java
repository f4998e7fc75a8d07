package coop.occe.retkoop.platform;

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
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application in a JVM of its own for {@link CrashRecoveryTests}: it starts on the
 * database it is given and posts entries through {@link Ledger#post}, telling the test on
 * its standard output every entry confirmed to a client, until it is killed.
 * <ul>
 * <li>{@code post}: creates a cooperative and its year, then posts from several clients
 * until killed;</li>
 * <li>{@code resume <cooperativeId> <count>}: after the crash, posts {@code count} more
 * entries, lists the year's entries and stops.</li>
 * </ul>
 */
public final class CrashChild {

	static final int CLIENTS = 6;

	private CrashChild() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		List<String> springArgs = new ArrayList<>(List.of(args).subList(args[0].equals("post") ? 1 : 3, args.length));
		springArgs.add("--server.port=0");
		springArgs.add("--retkoop.demo.enabled=false");
		springArgs.add("--spring.main.banner-mode=off");
		springArgs.add("--logging.level.root=WARN");
		ConfigurableApplicationContext context = SpringApplication.run(RetkoopApplication.class,
				springArgs.toArray(String[]::new));
		Ledger ledger = context.getBean(Ledger.class);
		if (args[0].equals("post")) {
			TestData data = new TestData(context.getBean(AssociationRepository.class),
					context.getBean(CooperativeService.class), context.getBean(Accounts.class),
					context.getBean(JdbcClient.class), context.getBean(PasswordEncoder.class));
			TestData.TestCooperative coop = data.cooperative(data.association("OCCE Crash"), "Coopérative Crash");
			FiscalYear year = ledger
				.openYear(coop.id(), new SchoolYear(2026), Money.ZERO, Money.ZERO, VoucherStyle.SINGLE)
				.orElseThrow();
			out.println("COOPERATIVE " + coop.id());
			AtomicBoolean running = new AtomicBoolean(true);
			List<Thread> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				Thread thread = new Thread(() -> {
					for (int i = 0; running.get(); i++) {
						confirm(out, ledger.post(year, draft("client " + client + " entry " + i)),
								"client " + client + " entry " + i);
					}
				});
				thread.start();
				clients.add(thread);
			}
			for (Thread thread : clients) {
				thread.join();
			}
		}
		else {
			long cooperativeId = Long.parseLong(args[1]);
			int count = Integer.parseInt(args[2]);
			FiscalYear year = ledger.fiscalYear(cooperativeId, new SchoolYear(2026)).orElseThrow();
			for (int i = 0; i < count; i++) {
				confirm(out, ledger.post(year, draft("after restart " + i)), "after restart " + i);
			}
			context.getBean(JdbcClient.class)
				.sql("SELECT id, voucher, label FROM ledger_entry WHERE fiscal_year_id = ? ORDER BY id")
				.param(year.id())
				.query((rs, n) -> "STORED " + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3))
				.list()
				.forEach(out::println);
			out.println("END");
			context.close();
			System.exit(0);
		}
	}

	private static void confirm(PrintStream out, PostResult result, String label) {
		if (!result.isPosted()) {
			throw new IllegalStateException(label + " refused: " + result.problems());
		}
		out.println("CONFIRMED " + result.entryId() + " " + result.voucher() + " " + label);
	}

	private static EntryDraft draft(String label) {
		Money amount = Money.of("2.5");
		return new EntryDraft(Operation.RECEIPT, LocalDate.of(2026, 9, 15), label, PaymentMeans.CASH, "", amount,
				List.of(new Split("7562", amount)), null);
	}

}
