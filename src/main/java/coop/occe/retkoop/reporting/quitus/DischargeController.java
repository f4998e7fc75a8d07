package coop.occe.retkoop.reporting.quitus;

import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.reporting.Deadlines;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandataire's quitus page of a year: the vérificateurs, "Envoyer les invitations", a
 * new link for one, removing one who has not answered; the paper quitus beside it
 * ({@link DischargePaperController}).
 */
@Controller
class DischargeController {

	private final Ledger ledger;

	private final Discharge discharge;

	private final DischargeLinks links;

	private final Deadlines deadlines;

	DischargeController(Ledger ledger, Discharge discharge, DischargeLinks links, Deadlines deadlines) {
		this.ledger = ledger;
		this.discharge = discharge;
		this.links = links;
		this.deadlines = deadlines;
	}

	@GetMapping("/coop/fin-d-annee/{annee}/quitus")
	String page(@PathVariable String annee, Model model) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		model.addAttribute("form", new VerifierForm());
		return show(year, model);
	}

	@PostMapping("/coop/fin-d-annee/{annee}/quitus/verificateurs")
	String name(@PathVariable String annee, @ModelAttribute("form") VerifierForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		Result<Long> named = this.discharge.name(year, form.getName(), form.getEmail(), form.getQuality());
		if (!named.isDone()) {
			reject(errors, named.problems());
			return show(year, model);
		}
		redirect.addFlashAttribute("notice", "reporting.quitus.named");
		return redirectTo(year);
	}

	@PostMapping("/coop/fin-d-annee/{annee}/quitus/invitations")
	String invite(@PathVariable String annee, Model model, RedirectAttributes redirect) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		Result<Integer> sent = this.links.inviteAll(year);
		if (!sent.isDone()) {
			return refused(year, sent.problems(), model);
		}
		redirect.addFlashAttribute("notice",
				(sent.value() > 0) ? "reporting.quitus.invited" : "reporting.quitus.invitedAlready");
		return redirectTo(year);
	}

	@PostMapping("/coop/fin-d-annee/{annee}/quitus/verificateurs/{verifierId}/renvoyer")
	String resend(@PathVariable String annee, @PathVariable("verifierId") long id, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		return done(year, this.links.resend(year, id), "reporting.quitus.resent", model, redirect);
	}

	@PostMapping("/coop/fin-d-annee/{annee}/quitus/verificateurs/{verifierId}/supprimer")
	String remove(@PathVariable String annee, @PathVariable("verifierId") long id, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		return done(year, this.discharge.remove(year, id), "reporting.quitus.removed", model, redirect);
	}

	private String done(FiscalYear year, Optional<List<Problem>> outcome, String notice, Model model,
			RedirectAttributes redirect) {
		List<Problem> problems = outcome.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!problems.isEmpty()) {
			return refused(year, problems, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return redirectTo(year);
	}

	private String refused(FiscalYear year, List<Problem> problems, Model model) {
		model.addAttribute("form", new VerifierForm());
		model.addAttribute("problems", problems);
		return show(year, model);
	}

	/** The page, with what the model already holds (the form, problems). */
	String show(FiscalYear year, Model model) {
		model.addAttribute("yearName", YearEndYears.name(year.schoolYear()));
		model.addAttribute("schoolYear", year.schoolYear());
		model.addAttribute("verifiers", this.discharge.verifiers(year));
		model.addAttribute("rules", this.discharge.rules(year.associationId(), year.schoolYear()));
		model.addAttribute("frozen", this.discharge.isFrozen(year));
		model.addAttribute("record", this.discharge.record(year));
		model.addAttribute("deadline", this.deadlines.of(year.associationId(), year.schoolYear()));
		model.addAttribute("qualities", VerifierQuality.values());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "reporting/quitus";
	}

	private static void reject(BindingResult errors, List<Problem> problems) {
		for (Problem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.code(), problem.messageArguments(), null);
			}
			else {
				errors.rejectValue(problem.field(), problem.code(), problem.messageArguments(), null);
			}
		}
	}

	private static String redirectTo(FiscalYear year) {
		return "redirect:" + YearEndYears.path(year.schoolYear()) + "/quitus";
	}

}
