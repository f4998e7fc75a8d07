package coop.occe.retkoop.ledger.cheques;

import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cooperative's chéquiers and the next cheque to write. */
@Controller
class ChequebookController {

	private final Ledger ledger;

	private final Cheques cheques;

	ChequebookController(Ledger ledger, Cheques cheques) {
		this.ledger = ledger;
		this.cheques = cheques;
	}

	@GetMapping("/coop/comptabilite/chequiers")
	String chequebooks(Model model) {
		FiscalYear year = year();
		model.addAttribute("form", new ChequebookForm());
		return showChequebooks(year, model);
	}

	@PostMapping("/coop/comptabilite/chequiers")
	String addChequebook(@ModelAttribute("form") ChequebookForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		List<Problem> problems = this.cheques.addChequebook(year, form.getFirstNumber(), form.getLastNumber());
		if (!problems.isEmpty()) {
			Forms.reject(errors, problems);
			return showChequebooks(year, model);
		}
		redirect.addFlashAttribute("notice", "ledger.chequebook.added");
		return "redirect:/coop/comptabilite/chequiers";
	}

	private String showChequebooks(FiscalYear year, Model model) {
		model.addAttribute("chequebooks", this.cheques.chequebooks(year.cooperativeId()));
		model.addAttribute("suggestedCheque", this.cheques.suggestedCheque(year.cooperativeId()).orElse(null));
		return "ledger/chequebooks";
	}

	/** The signed-in cooperative's current year; pages need it opened first. */
	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

}
