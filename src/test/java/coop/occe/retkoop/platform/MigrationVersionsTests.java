package coop.occe.retkoop.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of docs/adr/0101-migration-versions.md: migrations are named
 * {@code V<yyyyMMddHHmm>__<module>_<what>.sql}, no two share a version, and none that is
 * not yet released is below the newest version applied on a database copied from the
 * previous release.
 */
class MigrationVersionsTests {

	/** Named before the rule, applied in production: never renamed. */
	private static final Set<String> GRANDFATHERED = Set.of("V1__platform_spring_session.sql", "V2__platform_audit.sql",
			"V3__identity.sql", "V4__directory.sql", "V5__notifications.sql", "V10__membership.sql",
			"V11__membership_mandatary_change.sql", "V12__membership_click_to_sign.sql", "V20__ledger.sql",
			"V21__ledger_chequebooks.sql", "V22__ledger_advances.sql", "V23__ledger_cash_counts.sql",
			"V24__ledger_deposit_slips.sql", "V25__ledger_projects.sql", "V26__ledger_durable_goods.sql",
			"V27__ledger_class_books.sql", "V29__ledger_settings.sql", "V30__ledger_proofs.sql",
			"V31__ledger_class_advances.sql");

	private static final Pattern RULE = Pattern.compile("V(\\d{12})__([a-z]+)_([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");

	private static final Pattern ANY_VERSIONED = Pattern.compile("V([^_]+)__.+\\.sql");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final List<String> migrations = new ArrayList<>();

	@BeforeAll
	static void readMigrations() throws IOException {
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*")) {
			migrations.add(file.getFilename());
		}
		assertThat(migrations).as("migrations found on the class path").contains("V1__platform_spring_session.sql");
	}

	@Test
	void everyMigrationIsNamedWithATimestampAndItsModule() {
		List<String> broken = new ArrayList<>();
		for (String name : migrations) {
			if (GRANDFATHERED.contains(name)) {
				continue;
			}
			Matcher matcher = RULE.matcher(name);
			if (!matcher.matches()) {
				broken.add(name + ": not V<yyyyMMddHHmm>__<module>_<what>.sql");
				continue;
			}
			try {
				LocalDateTime.parse(matcher.group(1), MINUTE);
			}
			catch (DateTimeParseException ex) {
				broken.add(name + ": " + matcher.group(1) + " is not a date and time (yyyyMMddHHmm)");
			}
			String module = matcher.group(2);
			if (getClass().getClassLoader().getResource("coop/occe/retkoop/" + module + "/") == null) {
				broken.add(name + ": no module named " + module);
			}
		}
		assertThat(broken).as("migration names, see docs/adr/0101-migration-versions.md").isEmpty();
	}

	@Test
	void noTwoMigrationsShareAVersion() {
		Map<MigrationVersion, List<String>> byVersion = new HashMap<>();
		for (String name : migrations) {
			byVersion.computeIfAbsent(version(name), (v) -> new ArrayList<>()).add(name);
		}
		assertThat(byVersion.values().stream().filter((files) -> files.size() > 1).toList())
			.as("files sharing one version")
			.isEmpty();
	}

	@Test
	void everyUnreleasedMigrationIsNewerThanTheLastRelease() throws IOException {
		TreeSet<MigrationVersion> released = releasedVersions();
		MigrationVersion newestReleased = released.last();
		List<String> tooOld = new ArrayList<>();
		Set<MigrationVersion> present = new TreeSet<>();
		for (String name : migrations) {
			MigrationVersion version = version(name);
			present.add(version);
			if (!released.contains(version) && version.compareTo(newestReleased) <= 0) {
				tooOld.add(name + " is not above " + newestReleased + ", the newest released version");
			}
		}
		assertThat(tooOld).as("Flyway refuses these on a database copied from the last release").isEmpty();
		assertThat(present).as("released migrations are never renamed nor deleted").containsAll(released);
	}

	@Test
	void theRuleTellsGoodNamesFromBadOnes() {
		assertThat(RULE.matcher("V202612020315__ledger_year_end.sql").matches()).isTrue();
		assertThat(RULE.matcher("V32__ledger_year_end.sql").matches()).isFalse();
		assertThat(RULE.matcher("V202612020315__ledger.sql").matches()).isFalse();
		assertThat(RULE.matcher("V202612020315__Ledger_YearEnd.sql").matches()).isFalse();
		assertThat(RULE.matcher("V2026120203__ledger_year_end.sql").matches()).isFalse();
		assertThat(version("V01__x.sql")).isEqualTo(version("V1__y.sql"));
	}

	private static MigrationVersion version(String name) {
		Matcher matcher = ANY_VERSIONED.matcher(name);
		assertThat(matcher.matches()).as(name + " is a versioned migration (V<version>__<description>.sql)").isTrue();
		return MigrationVersion.fromVersion(matcher.group(1));
	}

	private static TreeSet<MigrationVersion> releasedVersions() throws IOException {
		try (InputStream in = MigrationVersionsTests.class.getResourceAsStream("/db/released-migrations.txt")) {
			assertThat(in).as("db/released-migrations.txt").isNotNull();
			TreeSet<MigrationVersion> versions = new TreeSet<>();
			Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> versions.add(MigrationVersion.fromVersion(line)));
			assertThat(versions).as("released versions").isNotEmpty();
			return versions;
		}
	}

}
