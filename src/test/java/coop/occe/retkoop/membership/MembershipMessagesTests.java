package coop.occe.retkoop.membership;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import coop.occe.retkoop.membership.internal.AdhesionState;
import coop.occe.retkoop.membership.internal.PaymentChoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the membership templates and code use exists, in French, so that no
 * "??key??" ever reaches a page.
 */
class MembershipMessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");

	private static final Pattern CODE_KEY = Pattern.compile("\"(membership\\.[\\w.]+)\"");

	@Test
	void everyKeyUsedByTheMembershipTemplatesAndCodeExists() throws IOException {
		Properties messages = load("messages.properties");
		messages.putAll(load("messages-membership.properties"));
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates/membership")),
				Files.walk(Path.of("src/main/java/coop/occe/retkoop/membership")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				Matcher matcher = (file.toString().endsWith(".html") ? TEMPLATE_KEY : CODE_KEY).matcher(text);
				while (matcher.find()) {
					if (!matcher.group(1).endsWith(".") && !messages.containsKey(matcher.group(1))) {
						missing.add(file.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		for (AdhesionState state : AdhesionState.values()) {
			if (!messages.containsKey("membership.state." + state)) {
				missing.add("membership.state." + state);
			}
		}
		for (PaymentChoice choice : PaymentChoice.values()) {
			if (!messages.containsKey("membership.payment." + choice)) {
				missing.add("membership.payment." + choice);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void messagesUseTheTypographicApostrophe() throws IOException {
		Properties messages = load("messages-membership.properties");
		assertThat(messages.entrySet()).noneMatch((entry) -> entry.getValue().toString().contains("'"));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MembershipMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
