package coop.occe.retkoop.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import coop.occe.retkoop.support.HttpClientSession;
import jakarta.mail.internet.MimeMessage;
import coop.occe.retkoop.support.TestData;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes, each in a JVM of its own ({@link ClusterNode}) with its web
 * server and its schedules, on one database, as behind a load balancer: a session opened
 * on one node is used on the other; each scheduled job runs on one node per due run
 * although both fire it every second, and a queued mail reaches its recipient once;
 * clients post on both nodes, one node is killed (kill -9) while they post, and every
 * confirmed entry is stored once with voucher numbers 1..n and no id handed out twice.
 * <p>
 * With {@code -Ppostgres} (a CI step) the nodes share the build's PostgreSQL database. On
 * the H2 build they share one H2 database served over TCP by this test's JVM (H2's server
 * mode: the embedded file database cannot be opened by two processes), which the killed
 * node's death does not take down, as a database server's would not.
 */
class ClusterTests {

	/** Each scheduled job under a job lock, and the least time between two runs. */
	static final Map<String, Duration> JOBS = Map.of("notifications.outbox", Duration.ofSeconds(10),
			"platform.session-cleanup", Duration.ofSeconds(30), "platform.event-republication", Duration.ofSeconds(30),
			"identity.housekeeping", Duration.ofMinutes(1));

	static final int MAILS = 5;

	@TempDir
	Path directory;

	private final List<Node> nodes = new ArrayList<>();

	private Server h2;

	private GreenMail smtp;

	@AfterEach
	void stop() {
		this.nodes.forEach((node) -> node.process.destroyForcibly());
		if (this.h2 != null) {
			this.h2.stop();
		}
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void twoNodesShareSessionsRunEachJobOnceAndKeepVouchersGaplessWhenOneIsKilled() throws Exception {
		int smtpPort = freePort();
		List<String> args = new ArrayList<>(databaseArgs());
		args.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--retkoop.mail.outbox-cron=* * * * * *", "--retkoop.session-cleanup-cron=* * * * * *",
				"--retkoop.events-republication-cron=* * * * * *", "--retkoop.security.housekeeping-cron=* * * * * *"));
		// the second once the first has applied the migrations
		Node a = start("a", args);
		a.awaitStarted();
		Node b = start("b", args);
		String[] coop = a.ask("SETUP", "COOPERATIVE ").split(" ", 4);
		b.awaitStarted();

		// A session opened on node A is the same person's session on node B.
		long cooperative = Long.parseLong(coop[1]);
		HttpClientSession onA = new HttpClientSession(a.url());
		assertThat(onA.login(coop[2], TestData.COOP_PASSWORD)).endsWith("/");
		HttpClientSession onB = onA.sameCookiesAt(b.url());
		HttpResponse<String> home = onB.get("/sommaire");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(coop[3]);

		// Mails queued while the SMTP server is down are sent once by the outbox job,
		// which
		// both nodes fire every second.
		String recipient = "grappe-" + UUID.randomUUID() + "@example.org";
		a.ask("MAIL " + MAILS + " " + recipient, "QUEUED");
		assertThat(a.ask("FAILED " + recipient, "FAILED ")).isEqualTo("FAILED 0");
		this.smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		assertThat(b.ask("DUE " + recipient, "DUE ")).isEqualTo("DUE " + MAILS);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.smtp.getReceivedMessagesForDomain(recipient).length >= MAILS);
		Thread.sleep(3_000);
		assertThat(this.smtp.getReceivedMessagesForDomain(recipient)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, MAILS).mapToObj((i) -> "Message " + i).toList());

		// Clients post on both nodes; node B is killed while they post.
		a.send("POST " + cooperative + " 3 a");
		b.send("POST " + cooperative + " 3 b");
		b.await((line) -> b.confirmed().size() >= 60 && a.confirmed().size() >= 60, Duration.ofSeconds(60));
		assertThat(b.process.isAlive()).as("still posting when killed").isTrue();
		b.process.destroyForcibly();
		assertThat(b.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		int confirmedOnAAtKill = a.confirmed().size();
		a.await((line) -> a.confirmed().size() >= confirmedOnAAtKill + 60, Duration.ofSeconds(60));
		a.ask("STOP", "STOPPED");
		a.ask("STORED " + cooperative, "END");
		List<Entry> stored = a.entries("STORED ");

		assertThat(Stream.concat(a.lines().stream(), b.lines().stream())).noneMatch((l) -> l.startsWith("REFUSED"));
		Map<String, Entry> storedByLabel = new HashMap<>();
		Set<Long> ids = new HashSet<>();
		for (Entry entry : stored) {
			assertThat(storedByLabel.put(entry.label(), entry)).as("%s stored twice", entry.label()).isNull();
			assertThat(ids.add(entry.id())).as("id of %s handed out twice", entry).isTrue();
		}
		List<Entry> confirmed = new ArrayList<>(a.confirmed());
		confirmed.addAll(b.confirmed());
		List<Entry> lost = confirmed.stream()
			.filter((entry) -> !entry.equals(storedByLabel.get(entry.label())))
			.toList();
		assertThat(lost).as("confirmed entries (%d) lost or changed", confirmed.size()).isEmpty();
		assertThat(stored).extracting(Entry::voucher)
			.containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, stored.size()).mapToObj(Integer::toString).toList());
		assertThat(stored.size() - confirmed.size()).as("stored but never confirmed (cut off by the kill)")
			.isBetween(0, 3);

		// Each job ran on one node at a time, no sooner than its least interval after the
		// last run on either node, while both nodes fired it and found it taken.
		for (Map.Entry<String, Duration> job : JOBS.entrySet()) {
			List<OffsetDateTime> runs = new ArrayList<>(a.logged("Job " + job.getKey() + " runs on this node"));
			runs.addAll(b.logged("Job " + job.getKey() + " runs on this node"));
			Collections.sort(runs);
			assertThat(runs).as("runs of %s", job.getKey()).isNotEmpty();
			for (int i = 1; i < runs.size(); i++) {
				assertThat(Duration.between(runs.get(i - 1), runs.get(i)))
					.as("between two runs of %s: %s", job.getKey(), runs)
					.isGreaterThanOrEqualTo(job.getValue().minusSeconds(2));
			}
			for (Node node : List.of(a, b)) {
				assertThat(node.logged("Job " + job.getKey() + " skipped")).as("%s skipped on %s", job.getKey(), node)
					.isNotEmpty();
			}
		}
		a.send("EXIT");
		assertThat(a.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	/**
	 * The nodes' database: with the postgres profile the environment's PostgreSQL, with
	 * one mail key for both nodes (each must open what the other sealed); otherwise an H2
	 * database served over TCP by this JVM.
	 */
	private List<String> databaseArgs() throws Exception {
		String profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.contains("postgres")) {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			return List.of("--spring.profiles.active=postgres",
					"--retkoop.mail.secret-key=" + Base64.getEncoder().encodeToString(key));
		}
		this.h2 = Server.createTcpServer("-tcpPort", Integer.toString(freePort()), "-ifNotExists").start();
		String url = "jdbc:h2:tcp://127.0.0.1:" + this.h2.getPort() + "/"
				+ this.directory.resolve("retkoop").toAbsolutePath() + ";WRITE_DELAY=0";
		return List.of("--spring.datasource.url=" + url,
				"--retkoop.mail.key-file=" + this.directory.resolve("mail-secret.key").toAbsolutePath());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private Node start(String name, List<String> args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp",
						System.getProperty("java.class.path"), ClusterNode.class.getName()));
		command.addAll(args);
		Process process = new ProcessBuilder(command).redirectError(this.directory.resolve(name + ".log").toFile())
			.start();
		Node node = new Node(name, process);
		this.nodes.add(node);
		return node;
	}

	record Entry(long id, String voucher, String label) {

		static Entry parse(String line) {
			String[] parts = line.split(" ", 4);
			return new Entry(Long.parseLong(parts[1]), parts[2], parts[3]);
		}

	}

	static final class Node {

		final String name;

		final Process process;

		int port;

		private final Writer commands;

		private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

		private int seen;

		Node(String name, Process process) {
			this.name = name;
			this.process = process;
			this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						this.lines.add(line);
					}
				}
				catch (IOException ex) {
					// the node died: what it said until then is kept
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		void awaitStarted() throws Exception {
			this.port = Integer.parseInt(await((line) -> line.startsWith("STARTED "), Duration.ofSeconds(120))
				.substring("STARTED ".length()));
		}

		String url() {
			return "http://localhost:" + this.port;
		}

		void send(String command) throws IOException {
			this.commands.write(command + "\n");
			this.commands.flush();
		}

		/** Sends the command and returns the first later line that starts with answer. */
		String ask(String command, String answer) throws Exception {
			this.seen = this.lines.size();
			send(command);
			return await((line) -> line.startsWith(answer), Duration.ofSeconds(60));
		}

		String await(Predicate<String> condition, Duration timeout) throws Exception {
			long end = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < end) {
				synchronized (this.lines) {
					for (; this.seen < this.lines.size(); this.seen++) {
						if (condition.test(this.lines.get(this.seen))) {
							return this.lines.get(this.seen++);
						}
					}
				}
				if (condition.test("")) {
					return "";
				}
				if (!this.process.isAlive()) {
					Thread.sleep(200);
					if (this.seen == this.lines.size()) {
						throw new AssertionError("node " + this.name + " stopped: " + this.lines);
					}
				}
				Thread.sleep(20);
			}
			throw new AssertionError("timed out on node " + this.name + "; it said " + this.lines.size() + " lines");
		}

		List<String> lines() {
			synchronized (this.lines) {
				return List.copyOf(this.lines);
			}
		}

		List<Entry> confirmed() {
			return entries("CONFIRMED ");
		}

		List<Entry> entries(String prefix) {
			return lines().stream().filter((line) -> line.startsWith(prefix)).map(Entry::parse).toList();
		}

		/** When the node logged the message (its log lines start with their time). */
		List<OffsetDateTime> logged(String message) {
			return lines().stream()
				.filter((line) -> line.endsWith(message) || line.contains(message + ":"))
				.map((line) -> OffsetDateTime.parse(line.substring(0, line.indexOf(' '))))
				.toList();
		}

		@Override
		public String toString() {
			return "node " + this.name;
		}

	}

}
