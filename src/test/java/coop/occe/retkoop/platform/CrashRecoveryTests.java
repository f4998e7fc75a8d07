package coop.occe.retkoop.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write confirmed to a user survives a crash of the application (kill -9), on the
 * database the build runs on: the default embedded H2 file database ({@code testh2}
 * profile, with the settings of {@code application.yml}) or PostgreSQL
 * ({@code -Ppostgres}). The application runs in a JVM of its own ({@link CrashChild})
 * with clients posting; the test kills it while they post, starts it again on the same
 * database and checks that every confirmed entry is there once, that voucher numbers have
 * no gap and that no id or number is handed out again.
 */
class CrashRecoveryTests {

	static final int CONFIRMED_BEFORE_KILL = 300;

	static final int POSTED_AFTER_RESTART = 5;

	@TempDir
	Path directory;

	@Test
	void everyConfirmedEntrySurvivesKillNineAndNothingIsHandedOutTwice() throws Exception {
		List<String> databaseArgs = databaseArgs();

		Child first = Child.start(this.directory, "first", databaseArgs, "post");
		String cooperative = first.await((line) -> line.startsWith("COOPERATIVE "), Duration.ofSeconds(120))
			.substring("COOPERATIVE ".length());
		first.await((line) -> first.confirmed().size() >= CONFIRMED_BEFORE_KILL, Duration.ofSeconds(60));
		assertThat(first.process.isAlive()).as("still posting when killed").isTrue();
		first.process.destroyForcibly();
		first.process.waitFor(30, TimeUnit.SECONDS);
		List<Entry> confirmedBefore = first.confirmed();

		Child second = Child.start(this.directory, "second", databaseArgs, "resume", cooperative,
				Integer.toString(POSTED_AFTER_RESTART));
		second.await((line) -> line.equals("END"), Duration.ofSeconds(120));
		assertThat(second.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		List<Entry> confirmedAfter = second.confirmed();
		List<Entry> stored = second.stored();

		assertThat(confirmedAfter).hasSize(POSTED_AFTER_RESTART);
		Map<String, Entry> storedByLabel = new HashMap<>();
		for (Entry entry : stored) {
			assertThat(storedByLabel.put(entry.label(), entry)).as("%s stored twice", entry.label()).isNull();
		}
		List<Entry> lost = new ArrayList<>();
		for (Entry entry : confirmedBefore) {
			if (!entry.equals(storedByLabel.get(entry.label()))) {
				lost.add(entry);
			}
		}
		assertThat(lost).as("entries confirmed before the crash (%d) and lost or changed", confirmedBefore.size())
			.isEmpty();
		for (Entry entry : confirmedAfter) {
			assertThat(storedByLabel.get(entry.label())).as("confirmed after the restart: %s", entry).isEqualTo(entry);
		}
		assertThat(stored).extracting(Entry::voucher)
			.containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, stored.size()).mapToObj(Integer::toString).toList());
		Set<Long> idsBefore = new HashSet<>();
		confirmedBefore.forEach((entry) -> idsBefore.add(entry.id()));
		long lastIdBefore = Collections.max(idsBefore);
		int lastVoucherBefore = confirmedBefore.stream()
			.mapToInt((entry) -> Integer.parseInt(entry.voucher()))
			.max()
			.orElseThrow();
		for (Entry entry : confirmedAfter) {
			assertThat(entry.id()).as("id of %s", entry).isGreaterThan(lastIdBefore);
			assertThat(Integer.parseInt(entry.voucher())).as("voucher of %s", entry).isGreaterThan(lastVoucherBefore);
		}
	}

	/**
	 * The child runs with the profile of the build's database: on H2 the default
	 * configuration on a file of its own, on PostgreSQL the postgres profile and the
	 * environment's database.
	 */
	private List<String> databaseArgs() {
		String profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.contains("postgres")) {
			// the postgres profile refuses to start without a key for the mail outbox
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			return List.of("--spring.profiles.active=postgres",
					"--retkoop.mail.secret-key=" + Base64.getEncoder().encodeToString(key));
		}
		return List.of("--retkoop.h2-file=" + this.directory.resolve("retkoop").toAbsolutePath());
	}

	record Entry(long id, String voucher, String label) {

		static Entry parse(String line) {
			String[] parts = line.split(" ", 4);
			return new Entry(Long.parseLong(parts[1]), parts[2], parts[3]);
		}

	}

	static final class Child {

		final Process process;

		private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

		private Child(Process process) {
			this.process = process;
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						this.lines.add(line);
					}
				}
				catch (IOException ex) {
					// the process died: what it said until then is kept
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		static Child start(Path directory, String name, List<String> databaseArgs, String... args) throws IOException {
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
							"-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp",
							System.getProperty("java.class.path"), CrashChild.class.getName()));
			command.addAll(List.of(args));
			command.addAll(databaseArgs);
			Path log = directory.resolve(name + ".log");
			Files.createDirectories(directory);
			return new Child(new ProcessBuilder(command).redirectError(log.toFile()).start());
		}

		String await(java.util.function.Predicate<String> condition, Duration timeout) throws Exception {
			long end = System.nanoTime() + timeout.toNanos();
			int seen = 0;
			while (System.nanoTime() < end) {
				synchronized (this.lines) {
					for (; seen < this.lines.size(); seen++) {
						if (condition.test(this.lines.get(seen))) {
							return this.lines.get(seen);
						}
					}
				}
				if (!this.process.isAlive() && seen == this.lines.size()) {
					Thread.sleep(200);
					if (seen == this.lines.size()) {
						throw new AssertionError("the application stopped: " + this.lines);
					}
				}
				Thread.sleep(20);
			}
			this.process.destroyForcibly();
			throw new AssertionError("timed out; the application said " + this.lines.size() + " lines");
		}

		List<Entry> confirmed() {
			return entries("CONFIRMED ");
		}

		List<Entry> stored() {
			return entries("STORED ");
		}

		private List<Entry> entries(String prefix) {
			synchronized (this.lines) {
				return this.lines.stream().filter((line) -> line.startsWith(prefix)).map(Entry::parse).toList();
			}
		}

	}

}
