package coop.occe.retkoop.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the ledger's code and templates name exists in French, and no text
 * uses a straight apostrophe (MessageFormat would swallow it).
 */
class LedgerMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(ledger\\.[A-Za-z0-9_.]+)\"|#\\{(ledger\\.[A-Za-z0-9_.]+)");

	@Test
	void everyLedgerKeyUsedInCodeAndTemplatesIsDefined() throws IOException {
		Properties messages = messages();
		Set<String> used = new TreeSet<>();
		for (Path root : new Path[] { Path.of("src/main/java/coop/occe/retkoop/ledger"),
				Path.of("src/main/resources/templates/ledger"), Path.of("src/main/resources/templates/directory") }) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (matcher.find()) {
						String key = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
						if (!key.endsWith(".")) {
							used.add(key);
						}
					}
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(used.stream().filter((key) -> !messages.containsKey(key)).toList()).isEmpty();
	}

	@Test
	void everyAuditedActionHasItsLabelInTheAdJournal() throws IOException {
		Properties messages = messages();
		// The core and every feature package record their own actions.
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/coop/occe/retkoop/ledger"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = Pattern.compile("\"(LEDGER_[A-Z_]+)\"")
					.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					actions.add(matcher.group(1));
				}
			}
		}
		assertThat(actions).hasSizeGreaterThan(5);
		assertThat(actions.stream().filter((action) -> !messages.containsKey("audit." + action)).toList()).isEmpty();
	}

	@Test
	void enumsShownOnPagesHaveTheirLabels() throws IOException {
		Properties messages = messages();
		for (Operation operation : Operation.values()) {
			assertThat(messages).containsKey("ledger.operation." + operation);
		}
		for (PaymentMeans means : PaymentMeans.values()) {
			assertThat(messages).containsKey("ledger.means." + means);
		}
		for (AccountKind kind : AccountKind.values()) {
			assertThat(messages).containsKey("ledger.kind." + kind);
		}
		for (VoucherStyle style : VoucherStyle.values()) {
			assertThat(messages).containsKey("ledger.open.style." + style);
		}
		for (Operation operation : Operation.values()) {
			if (operation.isPlain()) {
				assertThat(messages).containsKey("ledger.new." + operation)
					.containsKey("ledger.operation.help." + operation);
			}
		}
	}

	@Test
	void textsUseTheTypographicApostrophe() throws IOException {
		messages().forEach((key, text) -> assertThat((String) text).as((String) key).doesNotContain("'"));
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = LedgerMessagesTests.class.getResourceAsStream("/messages-ledger.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

}
