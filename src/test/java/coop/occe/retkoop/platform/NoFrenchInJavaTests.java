package coop.occe.retkoop.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No French text in Java (issue 8, item 5): what the users read (pages, audit trail,
 * mails, PDFs, exports) comes from the message files. Left in Java on purpose:
 * <ul>
 * <li>the demo data ({@code demo} packages and {@code *DemoData*} classes) and the
 * default chart's seed labels ({@code DefaultChart}), which are data stored in the
 * database;</li>
 * <li>exception messages (programming errors, in English) and log messages;</li>
 * <li>the names of the ledger's checks ({@code new Check(}), English;</li>
 * <li>comments.</li>
 * </ul>
 */
class NoFrenchInJavaTests {

	private static final Path SOURCES = Path.of("src/main/java");

	/** A string literal with a letter only French uses. */
	private static final Pattern FRENCH_LITERAL = Pattern.compile("\"[^\"]*[àâçéèêëîïôûùüÿœ’][^\"]*\"");

	/** French words without accents the code once held as texts. */
	private static final Pattern FRENCH_WORD = Pattern.compile("\"(oui|non)\"");

	private static final Pattern LOG = Pattern.compile("\\blog(ger)?\\.(trace|debug|info|warn|error)\\(");

	@Test
	void noJavaSourceHoldsFrenchText() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).filter((f) -> !excluded(f)).toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String code = line.strip();
					if (skipped(code)) {
						continue;
					}
					if (FRENCH_LITERAL.matcher(code).find() || FRENCH_WORD.matcher(code).find()) {
						found.add(SOURCES.relativize(file) + ": " + code);
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theRuleCatchesAFrenchLiteral() {
		assertThat(skipped("values.put(\"état\", this.state);")).isFalse();
		assertThat(FRENCH_LITERAL.matcher("values.put(\"état\", this.state);").find()).isTrue();
		assertThat(FRENCH_LITERAL.matcher("after.put(\"nouveau mandataire d’école\", name);").find()).isTrue();
		assertThat(FRENCH_WORD.matcher("return flag ? \"oui\" : \"non\";").find()).isTrue();
		assertThat(FRENCH_LITERAL.matcher("map.put(\"number\", value);").find()).isFalse();
		assertThat(skipped("throw new IllegalStateException(\"déjà\");")).isTrue();
		assertThat(skipped("log.warn(\"Échec {}\", id);")).isTrue();
		assertThat(excluded(Path.of("src/main/java/coop/occe/retkoop/ledger/demo/LedgerDemoData.java"))).isTrue();
		assertThat(excluded(Path.of("src/main/java/coop/occe/retkoop/directory/internal/DemoData.java"))).isTrue();
		assertThat(excluded(Path.of("src/main/java/coop/occe/retkoop/membership/internal/Adhesions.java"))).isFalse();
	}

	private static boolean excluded(Path file) {
		String name = file.getFileName().toString();
		return file.toString().replace('\\', '/').contains("/demo/") || name.contains("DemoData")
				|| name.equals("DefaultChart.java");
	}

	private static boolean skipped(String code) {
		return code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.contains("new Check(")
				|| code.contains("Exception(") || LOG.matcher(code).find();
	}

}
