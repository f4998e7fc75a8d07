package coop.occe.retkoop.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's posting core knows no feature (features plug in through its ports), and
 * every controller of the application stays thin.
 */
class LedgerArchitectureTests {

	static final List<String> FEATURES = List.of("advances", "classbooks", "cheques", "chart", "projects", "inventory",
			"cashcount", "demo", "seal");

	static final int MAX_CONTROLLER_LINES = 200;

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("coop.occe.retkoop");

	@Test
	void theCoreImportsNoFeature() {
		String[] features = FEATURES.stream().map((f) -> "coop.occe.retkoop.ledger." + f + "..").toArray(String[]::new);
		noClasses().that()
			.resideInAPackage("coop.occe.retkoop.ledger")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features)
			.because("the posting core offers ports that the features implement")
			.check(this.classes);
	}

	@Test
	void everyFeatureHasItsPackage() {
		for (String feature : FEATURES) {
			assertThat(Path.of("src/main/java/coop/occe/retkoop/ledger", feature)).isDirectory();
		}
	}

	@Test
	void noControllerGrowsPastTwoHundredLines() throws IOException {
		List<String> controllers = this.classes.stream()
			.filter((c) -> c.isAnnotatedWith(Controller.class) || c.isAnnotatedWith(RestController.class))
			.filter((c) -> !c.isNestedClass())
			.map((c) -> c.getName())
			.toList();
		// Every controller of the application, whatever its module, without exception.
		assertThat(controllers).anyMatch((name) -> name.startsWith("coop.occe.retkoop.ledger."))
			.anyMatch((name) -> name.startsWith("coop.occe.retkoop.membership."))
			.anyMatch((name) -> name.startsWith("coop.occe.retkoop.identity."));
		for (String name : controllers) {
			Path source = Path.of("src/main/java", name.replace('.', '/') + ".java");
			try (Stream<String> lines = Files.lines(source)) {
				assertThat(lines.count()).as(name).isLessThanOrEqualTo(MAX_CONTROLLER_LINES);
			}
		}
	}

}
