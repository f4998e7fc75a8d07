package coop.occe.retkoop.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.reporting.YearEndChecks;
import coop.occe.retkoop.reporting.YearEndSettings;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The AD's year-end settings of a school year: the deadline of the CRF and, for every
 * check, whether it blocks sending or only warns. Only the AD's staff reach it (the
 * association in the URL is checked for every {@code /ad/} page).
 */
@Controller
class YearEndSettingsController {

	static final String BLOCK = "BLOCK";

	static final String WARN = "WARN";

	private static final String CHECK = "check-";

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final YearEndSettings settings;

	private final YearEndChecks checks;

	YearEndSettingsController(YearEndSettings settings, YearEndChecks checks) {
		this.settings = settings;
		this.checks = checks;
	}

	@GetMapping("/ad/{associationId}/fin-d-annee/{annee}/reglages")
	String form(@PathVariable long associationId, @PathVariable String annee, Model model) {
		SchoolYear year = year(annee);
		show(model, associationId, year, SHOWN.format(this.settings.deadline(associationId, year)),
				this.settings.blocking(associationId, year, this.checks.names()));
		return "reporting/settings";
	}

	@PostMapping("/ad/{associationId}/fin-d-annee/{annee}/reglages")
	String save(@PathVariable long associationId, @PathVariable String annee,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		SchoolYear year = year(annee);
		List<String> names = this.checks.names();
		params.keySet()
			.stream()
			.filter((param) -> param.startsWith(CHECK) && !names.contains(param.substring(CHECK.length())))
			.findFirst()
			.ifPresent((param) -> {
				throw new NotOffered(param);
			});
		Map<String, Boolean> blocking = new LinkedHashMap<>();
		for (String name : names) {
			List<String> chosen = params.getOrDefault(CHECK + name, List.of());
			String choice = (chosen.size() == 1) ? chosen.get(0) : null;
			if (!BLOCK.equals(choice) && !WARN.equals(choice)) {
				throw new NotOffered(CHECK + name);
			}
			blocking.put(name, BLOCK.equals(choice));
		}
		String deadline = java.util.Objects.requireNonNullElse(params.getFirst("deadline"), "");
		Result<Void> saved = this.settings.save(associationId, year, deadline, blocking);
		if (!saved.isDone()) {
			show(model, associationId, year, deadline, blocking);
			model.addAttribute("problem", saved.problems().get(0));
			return "reporting/settings";
		}
		redirect.addFlashAttribute("notice", "yearend.settings.saved");
		return "redirect:/ad/" + associationId + "/fin-d-annee/" + annee + "/reglages";
	}

	private static SchoolYear year(String annee) {
		return YearEndYears.parse(annee).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static void show(Model model, long associationId, SchoolYear year, String deadline,
			Map<String, Boolean> blocking) {
		model.addAttribute("associationId", associationId);
		model.addAttribute("yearName", YearEndYears.name(year));
		model.addAttribute("schoolYear", year);
		model.addAttribute("deadline", deadline);
		model.addAttribute("blocking", blocking);
	}

}
