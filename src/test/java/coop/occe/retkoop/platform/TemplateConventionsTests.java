package coop.occe.retkoop.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field errors, the rows of an entry's split and pagers are written once, in the fragment
 * library (templates/fragments/forms.html); every other template includes them from
 * there, so they look and behave the same on every page and change in one place.
 */
class TemplateConventionsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path LIBRARY = TEMPLATES.resolve("fragments/forms.html");

	/** An error message placed next to its field (Bootstrap's class for it). */
	private static final Pattern FIELD_ERROR = Pattern.compile("\\binvalid-feedback\\b");

	/** The markup of a pager (Bootstrap's classes for it). */
	private static final Pattern PAGER = Pattern.compile("\\b(pagination|page-item|page-link)\\b");

	/** A loop over the rows of an entry's split. */
	private static final Pattern SPLIT_ROWS = Pattern.compile("th:each=\"[^\"]*:\\s*\\*\\{parts\\}\"");

	@Test
	void onlyTheFragmentLibraryWritesFieldErrors() throws IOException {
		assertThat(templatesOutsideTheLibraryMatching(FIELD_ERROR))
			.as("templates writing invalid-feedback by hand instead of using fragments/forms :: "
					+ "fieldError, error or errorKey")
			.isEmpty();
	}

	@Test
	void onlyTheFragmentLibraryWritesPagers() throws IOException {
		assertThat(templatesOutsideTheLibraryMatching(PAGER))
			.as("templates copying the pager instead of using fragments/forms :: pager")
			.isEmpty();
	}

	@Test
	void onlyTheFragmentLibraryWritesTheRowsOfASplit() throws IOException {
		assertThat(templatesOutsideTheLibraryMatching(SPLIT_ROWS))
			.as("templates copying the split rows instead of using fragments/forms :: splitRows")
			.isEmpty();
	}

	@Test
	void theLibraryHoldsTheFragmentsThatTemplatesUse() throws IOException {
		String library = Files.readString(LIBRARY);
		for (String fragment : List.of("field(field, label, type)", "fieldError(field, id)", "error(id, text)",
				"errorKey(id, key)", "globalErrors", "splitRows",
				"pager(page, hasNext, pages, previous, next, cssClass)")) {
			assertThat(library).contains("th:fragment=\"" + fragment + "\"");
		}
		assertThat(FIELD_ERROR.matcher(library).find()).isTrue();
		assertThat(PAGER.matcher(library).find()).isTrue();
		assertThat(SPLIT_ROWS.matcher(library).find()).isTrue();
		assertThat(templatesOutsideTheLibraryMatching(Pattern.compile("fragments/forms :: input\\b")))
			.as("templates selecting the library's <input> elements (the field fragment is named field)")
			.isEmpty();
		assertThat(templatesOutsideTheLibraryMatching(Pattern.compile("~\\{fragments/forms :: pager\\(")))
			.as("the paged lists use the library’s pager")
			.hasSize(5);
	}

	private static List<String> templatesOutsideTheLibraryMatching(Pattern pattern) throws IOException {
		List<String> offenders = new ArrayList<>();
		List<Path> templates;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(templates).as("templates found").hasSizeGreaterThan(10);
		for (Path template : templates) {
			if (!template.equals(LIBRARY) && pattern.matcher(Files.readString(template)).find()) {
				offenders.add(TEMPLATES.relativize(template).toString());
			}
		}
		return offenders;
	}

}
