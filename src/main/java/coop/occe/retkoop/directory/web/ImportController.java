package coop.occe.retkoop.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.directory.internal.CooperativeImport;
import coop.occe.retkoop.directory.internal.FieldProblem;
import coop.occe.retkoop.platform.Downloads;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * CSV import of an association's cooperatives.
 */
@Controller
class ImportController {

	static final long MAX_SIZE = 2L * 1024 * 1024;

	private final Directory directory;

	private final CooperativeImport importer;

	private final MessageSource messages;

	ImportController(Directory directory, CooperativeImport importer, MessageSource messages) {
		this.directory = directory;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/ad/{associationId}/cooperatives/import")
	String form(@PathVariable long associationId, Model model) {
		model.addAttribute("association", association(associationId));
		model.addAttribute("columns", CooperativeImport.COLUMNS);
		return "directory/import";
	}

	@PostMapping("/ad/{associationId}/cooperatives/import")
	String upload(@PathVariable long associationId,
			@RequestParam(name = "fichier", required = false) MultipartFile file, Model model) throws IOException {
		model.addAttribute("association", association(associationId));
		model.addAttribute("columns", CooperativeImport.COLUMNS);
		if (file == null || file.isEmpty()) {
			fileError(model, "import.fileRequired");
			return "directory/import";
		}
		if (file.getSize() > MAX_SIZE) {
			fileError(model, "import.tooLarge");
			return "directory/import";
		}
		CooperativeImport.Report report = this.importer.run(associationId, file.getBytes());
		if (report.getFileProblem() != null) {
			fileError(model, report.getFileProblem().code(), report.getFileProblem().arguments());
			return "directory/import";
		}
		model.addAttribute("report", report);
		model.addAttribute("errors",
				report.getErrors()
					.stream()
					.map((error) -> new ErrorRow(error.line(), error.problems().stream().map(this::describe).toList()))
					.toList());
		model.addAttribute("fileName", file.getOriginalFilename());
		return "directory/import";
	}

	@GetMapping("/ad/{associationId}/cooperatives/import/modele.csv")
	ResponseEntity<byte[]> sample(@PathVariable long associationId) throws IOException {
		association(associationId);
		byte[] sample = new ClassPathResource("import/cooperatives-exemple.csv").getContentAsByteArray();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("cooperatives-exemple.csv"))
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(sample);
	}

	private void fileError(Model model, String code, Object... arguments) {
		model.addAttribute("fileError", this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale()));
	}

	/**
	 * "IBAN : la clé de contrôle ne correspond pas…", the field's name then the reason.
	 */
	private String describe(FieldProblem problem) {
		Locale locale = LocaleContextHolder.getLocale();
		String field = this.messages.getMessage("import.field." + problem.field(), null, locale);
		String reason = this.messages.getMessage(problem.code(), problem.arguments(), locale);
		return this.messages.getMessage("import.problem", new Object[] { field, reason }, locale);
	}

	record ErrorRow(long line, List<String> reasons) {

	}

	private Object association(long associationId) {
		return this.directory.association(associationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
