package coop.occe.retkoop.ledger.seal;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Vérifier l'intégrité": the mandataire checks the closed year from the bilan page; the
 * AD lists a cooperative's seals and checks any closed year. The result comes back to the
 * page it was asked from.
 */
@Controller
class SealController {

	private final Ledger ledger;

	private final Seals seals;

	private final Directory directory;

	SealController(Ledger ledger, Seals seals, Directory directory) {
		this.ledger = ledger;
		this.seals = seals;
		this.directory = directory;
	}

	@PostMapping("/coop/comptabilite/bilan/integrite")
	String verifyOwnYear(RedirectAttributes redirect) {
		FiscalYear year = OpenYear.of(this.ledger);
		show(redirect, this.seals.verify(year.cooperativeId(), year.schoolYear()));
		return "redirect:/coop/comptabilite/bilan";
	}

	@GetMapping("/ad/{associationId}/cooperatives/{cooperativeId}/integrite")
	String sealsOfCooperative(@PathVariable long associationId, @PathVariable long cooperativeId, Model model) {
		model.addAttribute("associationId", associationId);
		model.addAttribute("coop", cooperative(associationId, cooperativeId));
		model.addAttribute("seals", this.seals.sealsOf(cooperativeId));
		return "ledger/seals";
	}

	@PostMapping("/ad/{associationId}/cooperatives/{cooperativeId}/integrite")
	String verifyYear(@PathVariable long associationId, @PathVariable long cooperativeId,
			@RequestParam(name = "annee", defaultValue = "") String typedYear, RedirectAttributes redirect) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		SchoolYear year = this.seals.sealsOf(coop.id())
			.stream()
			.filter(SealSummary::checkable)
			.map(SealSummary::year)
			.filter((offered) -> Integer.toString(offered.startYear()).equals(typedYear))
			.findFirst()
			.orElseThrow(() -> new NotOffered("annee"));
		show(redirect, this.seals.verify(coop.id(), year));
		return "redirect:/ad/" + associationId + "/cooperatives/" + cooperativeId + "/integrite";
	}

	/** The result as plain strings, so that it survives the redirect in the session. */
	private static void show(RedirectAttributes redirect, SealCheck check) {
		redirect.addFlashAttribute("sealIntact", check.intact());
		redirect.addFlashAttribute("sealMessage", check.messageCode());
		redirect.addFlashAttribute("sealArguments", check.arguments());
	}

	private CooperativeSummary cooperative(long associationId, long cooperativeId) {
		return this.directory.cooperativeOf(associationId, cooperativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
