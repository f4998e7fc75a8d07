package coop.occe.retkoop.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key defined twice in the message files silently loses one of its texts (the last one
 * wins): every key is defined once, in all the files together.
 */
class MessageFilesTests {

	@Test
	void everyKeyIsDefinedOnce() throws IOException {
		Set<String> seen = new HashSet<>();
		List<String> twice = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter((p) -> p.getFileName().toString().matches("messages.*\\.properties"))
				.sorted()
				.toList()) {
				for (String line : Files.readAllLines(file)) {
					int equals = line.indexOf('=');
					if (line.isBlank() || line.startsWith("#") || equals < 0) {
						continue;
					}
					String key = line.substring(0, equals).strip();
					if (!seen.add(key)) {
						twice.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(twice).as("keys defined twice").isEmpty();
	}

}
