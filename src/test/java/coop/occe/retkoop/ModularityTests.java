package coop.occe.retkoop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules only use each other's API and events, without cycles; the module diagrams
 * in docs/modules are written from the code.
 */
class ModularityTests {

	private static final Path GENERATED = Path.of("target/modulith-docs");

	private static final Path COMMITTED = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(RetkoopApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	/**
	 * The documenter writes the same diagram with its lines in a different order from run
	 * to run; a committed file is replaced only when its content really changed, so that
	 * a test run leaves the working tree clean.
	 */
	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Files.createDirectories(COMMITTED);
		try (Stream<Path> files = Files.list(GENERATED)) {
			for (Path generated : files.filter((p) -> p.toString().endsWith(".puml")).toList()) {
				Path committed = COMMITTED.resolve(generated.getFileName());
				if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(generated))) {
					Files.copy(generated, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
