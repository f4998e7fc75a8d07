package coop.occe.retkoop.reporting.sending;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The AD's side of the CRFs of a school year: the list of its cooperatives' CRFs, and for
 * one of them the version sent, to validate, return with a comment or unlock. The
 * association in the URL is checked by the platform's scope interceptor; the cooperative
 * must be one of it.
 */
@Controller
class AdCrfController {

	private static final String BASE = "/ad/{associationId}/fin-d-annee/{annee}";

	private static final String ONE = BASE + "/cooperatives/{cooperativeId}";

	private final Ledger ledger;

	private final Directory directory;

	private final CrfSendings sendings;

	AdCrfController(Ledger ledger, Directory directory, CrfSendings sendings) {
		this.ledger = ledger;
		this.directory = directory;
		this.sendings = sendings;
	}

	@GetMapping(BASE)
	String list(@PathVariable long associationId, @PathVariable String annee,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		SchoolYear year = YearEndYears.parse(annee).orElseThrow(AdCrfController::notFound);
		int pageNumber = CrfSendingController.parseNumber(page).orElse(0);
		model.addAttribute("associationId", associationId);
		model.addAttribute("yearName", annee);
		model.addAttribute("schoolYear", year);
		model.addAttribute("list", this.sendings.list(associationId, year, pageNumber));
		return "reporting/ad-list";
	}

	@GetMapping(ONE)
	String one(@PathVariable long associationId, @PathVariable String annee, @PathVariable long cooperativeId,
			Model model) {
		return page(associationId, annee, cooperativeId, new ReasonForm(), new ReasonForm(), model);
	}

	@GetMapping(ONE + "/versions/{number}")
	String version(@PathVariable long associationId, @PathVariable String annee, @PathVariable long cooperativeId,
			@PathVariable String number, Model model) {
		Crf crf = this.sendings.of(yearOf(associationId, annee, cooperativeId));
		CrfVersion version = CrfSendingController.parseNumber(number)
			.flatMap((n) -> this.sendings.version(crf, n))
			.orElseThrow(AdCrfController::notFound);
		model.addAttribute("yearName", annee);
		model.addAttribute("crf", crf);
		model.addAttribute("version", version);
		model.addAttribute("backPath",
				"/ad/" + associationId + "/fin-d-annee/" + annee + "/cooperatives/" + cooperativeId);
		return "reporting/version";
	}

	@PostMapping(ONE + "/valider")
	String validate(@PathVariable long associationId, @PathVariable String annee, @PathVariable long cooperativeId,
			Model model, RedirectAttributes redirect) {
		FiscalYear year = yearOf(associationId, annee, cooperativeId);
		return outcome(this.sendings.validate(year), associationId, annee, cooperativeId, "validated", null, null,
				model, redirect);
	}

	@PostMapping(ONE + "/renvoyer")
	String sendBack(@PathVariable long associationId, @PathVariable String annee, @PathVariable long cooperativeId,
			@ModelAttribute("returnForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = yearOf(associationId, annee, cooperativeId);
		Result<Crf> returned = this.sendings.sendBack(year, form.getReason());
		return outcome(returned, associationId, annee, cooperativeId, "returned", form, errors, model, redirect);
	}

	@PostMapping(ONE + "/deverrouiller")
	String unlock(@PathVariable long associationId, @PathVariable String annee, @PathVariable long cooperativeId,
			@ModelAttribute("unlockForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = yearOf(associationId, annee, cooperativeId);
		Result<Crf> unlocked = this.sendings.unlock(year, form.getReason());
		return outcome(unlocked, associationId, annee, cooperativeId, "unlocked", form, errors, model, redirect);
	}

	private String outcome(Result<Crf> result, long associationId, String annee, long cooperativeId, String done,
			ReasonForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		if (result.isDone()) {
			redirect.addFlashAttribute("done", done);
			return "redirect:/ad/" + associationId + "/fin-d-annee/" + annee + "/cooperatives/" + cooperativeId;
		}
		if (errors != null) {
			Forms.reject(errors, result.problems());
		}
		else {
			model.addAttribute("problems", result.problems());
		}
		return page(associationId, annee, cooperativeId, "returned".equals(done) ? form : new ReasonForm(),
				"unlocked".equals(done) ? form : new ReasonForm(), model);
	}

	private String page(long associationId, String annee, long cooperativeId, ReasonForm returnForm,
			ReasonForm unlockForm, Model model) {
		FiscalYear year = yearOf(associationId, annee, cooperativeId);
		Crf crf = this.sendings.of(year);
		var versions = this.sendings.versions(crf);
		model.addAttribute("associationId", associationId);
		model.addAttribute("yearName", annee);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("cooperative", cooperative(associationId, cooperativeId));
		model.addAttribute("crf", crf);
		model.addAttribute("versions", versions);
		model.addAttribute("version", versions.isEmpty() ? null : versions.get(versions.size() - 1));
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", returnForm);
		}
		if (!model.containsAttribute("unlockForm")) {
			model.addAttribute("unlockForm", unlockForm);
		}
		return "reporting/ad-cooperative";
	}

	private FiscalYear yearOf(long associationId, String annee, long cooperativeId) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		return YearEndYears.parse(annee)
			.flatMap((year) -> this.ledger.fiscalYear(coop.id(), year))
			.orElseThrow(AdCrfController::notFound);
	}

	private CooperativeSummary cooperative(long associationId, long cooperativeId) {
		return this.directory.cooperativeOf(associationId, cooperativeId).orElseThrow(AdCrfController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
