package coop.occe.retkoop.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All UI text lives in the French message files: every key a template or the code uses
 * exists there, and templates hold no text of their own outside th:text placeholders.
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern CODE_KEY = Pattern.compile(
			"\"((?:login|password|reset|cooperative|association|staff|import|home|ad|journal|outbox|error|mail|layout|form)\\.[A-Za-z0-9_.]+)\"");

	/**
	 * In a class that writes audit events, every upper-case constant is an action label.
	 */
	private static final Pattern AUDIT_ACTION = Pattern.compile("\"([A-Z]+_[A-Z_]+)\"");

	@Test
	void everyMessageKeyUsedExistsInFrench() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				collectMissing(template, TEMPLATE_KEY, "", messages, missing);
			}
		}
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				collectMissing(source, CODE_KEY, "", messages, missing);
				if (Files.readString(source).contains("AuditEvent")) {
					collectMissing(source, AUDIT_ACTION, "audit.", messages, missing);
				}
			}
		}
		assertThat(missing).as("keys without a French message").isEmpty();
	}

	@Test
	void messagesWithArgumentsUseTheTypographicApostrophe() throws IOException {
		Properties messages = messages();
		List<String> wrong = new ArrayList<>();
		for (String key : new TreeSet<>(messages.stringPropertyNames())) {
			String value = messages.getProperty(key);
			if (value.contains("{0") && value.matches("(?s).*[^']'[^'].*")) {
				wrong.add(key);
			}
		}
		assertThat(wrong).as("a single ' is eaten by MessageFormat; write ’").isEmpty();
	}

	private static void collectMissing(Path file, Pattern pattern, String prefix, Properties messages,
			List<String> missing) throws IOException {
		Matcher matcher = pattern.matcher(Files.readString(file));
		while (matcher.find()) {
			String key = prefix + matcher.group(1);
			if (!messages.containsKey(key) && !key.endsWith(".")) {
				missing.add(file.getFileName() + ": " + key);
			}
		}
	}

	private static Properties messages() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (Path file : files.filter((p) -> p.getFileName().toString().matches("messages.*\\.properties"))
				.toList()) {
				try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
		}
		return all;
	}

}
