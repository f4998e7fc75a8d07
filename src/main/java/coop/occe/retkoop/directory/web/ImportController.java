package coop.occe.retkoop.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.directory.internal.CooperativeImport;
import coop.occe.retkoop.directory.internal.ImportJobs;
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
 * CSV import of an association's cooperatives: the file is checked, then imported in the
 * background ({@link ImportJobs}) while its page shows the progress.
 */
@Controller
class ImportController {

	static final long MAX_SIZE = 2L * 1024 * 1024;

	private final Directory directory;

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportController(Directory directory, ImportJobs jobs, MessageSource messages) {
		this.directory = directory;
		this.jobs = jobs;
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
		ImportJobs.Submitted submitted = this.jobs.submit(associationId, file.getOriginalFilename(), file.getBytes());
		if (submitted.fileProblem() != null) {
			fileError(model, submitted.fileProblem().code(), submitted.fileProblem().messageArguments());
			return "directory/import";
		}
		return "redirect:/ad/" + associationId + "/cooperatives/import/" + submitted.jobId();
	}

	/** The job's progress while it runs, then what became of each line. */
	@GetMapping("/ad/{associationId}/cooperatives/import/{jobId:\\d+}")
	String job(@PathVariable long associationId, @PathVariable long jobId, Model model) {
		model.addAttribute("association", association(associationId));
		ImportJobs.Job job = this.jobs.job(associationId, jobId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("job", job);
		if (job.finished()) {
			List<ImportJobs.Line> lines = this.jobs.lines(jobId);
			model.addAttribute("lines", lines);
			Map<String, Long> counts = new HashMap<>();
			for (CooperativeImport.Outcome outcome : CooperativeImport.Outcome.values()) {
				counts.put(outcome.name(), lines.stream().filter((line) -> line.outcome() == outcome).count());
			}
			model.addAttribute("counts", counts);
			model.addAttribute("newPasswords", this.jobs.takePasswords(jobId));
		}
		return "directory/import-job";
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

	private Object association(long associationId) {
		return this.directory.association(associationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
