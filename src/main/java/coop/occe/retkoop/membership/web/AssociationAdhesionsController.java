package coop.occe.retkoop.membership.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.membership.internal.AdhesionPdfs;
import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.AdhesionState;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.MandataryChange;
import coop.occe.retkoop.membership.internal.MandataryChanges;
import coop.occe.retkoop.membership.internal.MembershipException;
import coop.occe.retkoop.membership.internal.StoredDocument;
import coop.occe.retkoop.membership.internal.Tariffs;
import coop.occe.retkoop.platform.SpreadsheetCsv;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The AD's side of the adhésions: the year's settings, the list with filters and totals,
 * one cooperative's adhésion with its engagement, validation, send back, reopening and
 * exports.
 */
@Controller
@RequestMapping("/ad/{associationId}/adhesions")
class AssociationAdhesionsController {

	private final Adhesions adhesions;

	private final Directory directory;

	private final MessageSource messages;

	private final MandataryChanges changes;

	private final AdhesionPdfs pdfs;

	AssociationAdhesionsController(Adhesions adhesions, Directory directory, MessageSource messages,
			MandataryChanges changes, AdhesionPdfs pdfs) {
		this.pdfs = pdfs;
		this.adhesions = adhesions;
		this.directory = directory;
		this.messages = messages;
		this.changes = changes;
	}

	/** A pending request with the cooperative it concerns. */
	record ChangeRow(MandataryChange change, CooperativeSummary cooperative) {

	}

	@GetMapping
	String list(@PathVariable long associationId, @RequestParam(name = "etat", required = false) AdhesionState state,
			Model model) {
		SchoolYear year = this.adhesions.currentYear();
		List<AdhesionSnapshot> rows = rows(associationId, year, state);
		model.addAttribute("association", association(associationId));
		model.addAttribute("year", year);
		model.addAttribute("rows", rows);
		model.addAttribute("state", state);
		model.addAttribute("states", AdhesionState.values());
		model.addAttribute("totalPupils", rows.stream().mapToInt(AdhesionSnapshot::pupils).sum());
		model.addAttribute("totalAdults", rows.stream().mapToInt(AdhesionSnapshot::teachers).sum());
		model.addAttribute("totalAmount",
				rows.stream()
					.filter((r) -> r.fees() != null)
					.map((r) -> r.fees().total())
					.reduce(Money.ZERO, Money::plus));
		model.addAttribute("hasTariffs", this.adhesions.tariffs(associationId, year).isPresent());
		java.util.Set<Long> started = this.adhesions.ofAssociation(associationId, year)
			.stream()
			.map((r) -> r.cooperative().id())
			.collect(java.util.stream.Collectors.toSet());
		model.addAttribute("notStarted",
				this.directory.activeCooperativesOf(associationId)
					.stream()
					.filter((coop) -> !started.contains(coop.id()))
					.toList());
		model.addAttribute("changes", this.changes.pending(associationId)
			.stream()
			.map((c) -> new ChangeRow(c, this.directory.cooperativeOf(associationId, c.cooperativeId()).orElse(null)))
			.filter((row) -> row.cooperative() != null)
			.toList());
		return "membership/ad-list";
	}

	@GetMapping("/parametres")
	String settings(@PathVariable long associationId, @RequestParam(name = "annee", required = false) Integer startYear,
			Model model) {
		SchoolYear year = settingsYear(startYear);
		model.addAttribute("form", TariffsForm.of(this.adhesions.tariffsOrDefaults(associationId, year)));
		return settingsPage(associationId, year, model);
	}

	@PostMapping("/parametres")
	String saveSettings(@PathVariable long associationId,
			@RequestParam(name = "annee", required = false) Integer startYear, @ModelAttribute("form") TariffsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SchoolYear year = settingsYear(startYear);
		var checked = form.check(associationId, year, errors);
		if (checked.isEmpty()) {
			return settingsPage(associationId, year, model);
		}
		this.adhesions.saveTariffs(checked.get());
		redirect.addFlashAttribute("notice", "membership.tariffs.saved");
		return "redirect:/ad/" + associationId + "/adhesions";
	}

	@GetMapping("/{cooperativeId:\\d+}")
	String one(@PathVariable long associationId, @PathVariable long cooperativeId, Model model) {
		CooperativeSummary coop = this.directory.cooperativeOf(associationId, cooperativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("s", this.adhesions.snapshot(coop, this.adhesions.currentYear()));
		return "membership/ad-adhesion";
	}

	@GetMapping("/{cooperativeId:\\d+}/engagement")
	ResponseEntity<byte[]> engagement(@PathVariable long associationId, @PathVariable long cooperativeId) {
		this.directory.cooperativeOf(associationId, cooperativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		StoredDocument document = this.adhesions.engagementFile(cooperativeId, this.adhesions.currentYear())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return AdhesionController.file(document);
	}

	@GetMapping("/{cooperativeId:\\d+}/attestation.pdf")
	ResponseEntity<byte[]> attestation(@PathVariable long associationId, @PathVariable long cooperativeId) {
		CooperativeSummary coop = this.directory.cooperativeOf(associationId, cooperativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AdhesionSnapshot snapshot = this.adhesions.snapshot(coop, this.adhesions.currentYear());
		if (snapshot.adhesion().state() != AdhesionState.VALIDATED) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return AdhesionController.pdf(this.pdfs.attestation(snapshot), "attestation-" + coop.number() + ".pdf");
	}

	@PostMapping("/{cooperativeId:\\d+}/valider")
	String validate(@PathVariable long associationId, @PathVariable long cooperativeId, RedirectAttributes redirect) {
		return act(associationId, cooperativeId, redirect, "membership.validated.notice",
				() -> this.adhesions.validate(associationId, cooperativeId));
	}

	@PostMapping("/{cooperativeId:\\d+}/renvoyer")
	String sendBack(@PathVariable long associationId, @PathVariable long cooperativeId,
			@RequestParam(name = "motif", defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(associationId, cooperativeId, redirect, "membership.returned.notice",
				() -> this.adhesions.sendBack(associationId, cooperativeId, reason));
	}

	@PostMapping("/{cooperativeId:\\d+}/rouvrir")
	String reopen(@PathVariable long associationId, @PathVariable long cooperativeId, RedirectAttributes redirect) {
		return act(associationId, cooperativeId, redirect, "membership.reopened.notice",
				() -> this.adhesions.reopen(associationId, cooperativeId));
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable long associationId,
			@RequestParam(name = "etat", required = false) AdhesionState state) {
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.on(out)) {
			csv.row(headers());
			for (AdhesionSnapshot r : rows(associationId, this.adhesions.currentYear(), state)) {
				csv.row(cells(r));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return download(out.toString().getBytes(StandardCharsets.UTF_8), "adhesions.csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long associationId,
			@RequestParam(name = "etat", required = false) AdhesionState state) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Adhésions");
			List<String> headers = headers();
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(headers.get(i));
			}
			int index = 1;
			for (AdhesionSnapshot r : rows(associationId, this.adhesions.currentYear(), state)) {
				Row row = sheet.createRow(index++);
				List<Object> cells = cells(r);
				for (int i = 0; i < cells.size(); i++) {
					Object value = cells.get(i);
					if (value instanceof Integer number) {
						row.createCell(i).setCellValue(number);
					}
					else if (value instanceof java.math.BigDecimal amount) {
						row.createCell(i).setCellValue(amount.doubleValue());
					}
					else {
						row.createCell(i).setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
			return download(out.toByteArray(), "adhesions.xlsx",
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> headers() {
		return List.of(text("membership.export.columns").split(";"));
	}

	private List<Object> cells(AdhesionSnapshot r) {
		return List.of(r.cooperative().number(), r.cooperative().name(), r.cooperative().commune(),
				text("membership.state." + r.adhesion().state()), r.pupils(), r.teachers(),
				(r.fees() != null) ? r.fees().total().toBigDecimal() : java.math.BigDecimal.ZERO,
				text("membership.payment." + r.adhesion().payment()),
				(r.engagement() != null) ? text("membership.yes") : text("membership.no"));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, java.util.Locale.FRANCE);
	}

	private static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	private List<AdhesionSnapshot> rows(long associationId, SchoolYear year, AdhesionState state) {
		return this.adhesions.ofAssociation(associationId, year)
			.stream()
			.filter((r) -> state == null || r.adhesion().state() == state)
			.sorted(java.util.Comparator.comparing((AdhesionSnapshot r) -> r.cooperative().number()))
			.toList();
	}

	private String act(long associationId, long cooperativeId, RedirectAttributes redirect, String notice,
			Runnable action) {
		// Another association's cooperative is not found, before any check of what was
		// typed.
		this.directory.cooperativeOf(associationId, cooperativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (MembershipException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/ad/" + associationId + "/adhesions/" + cooperativeId;
	}

	/**
	 * The current school year, or the next one so that the AD can set its tariffs before
	 * the adhésion opens on 1 September.
	 */
	private SchoolYear settingsYear(Integer startYear) {
		SchoolYear current = this.adhesions.currentYear();
		if (startYear == null || startYear == current.startYear()) {
			return current;
		}
		if (startYear == current.startYear() + 1) {
			return new SchoolYear(startYear);
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private String settingsPage(long associationId, SchoolYear year, Model model) {
		SchoolYear current = this.adhesions.currentYear();
		model.addAttribute("association", association(associationId));
		model.addAttribute("year", year);
		model.addAttribute("otherYear", (year.equals(current)) ? new SchoolYear(current.startYear() + 1) : current);
		return "membership/ad-settings";
	}

	private AssociationSummary association(long associationId) {
		return this.directory.association(associationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
