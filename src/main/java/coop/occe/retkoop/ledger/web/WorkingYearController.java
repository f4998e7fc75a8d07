package coop.occe.retkoop.ledger.web;

import java.util.regex.Pattern;

import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.NotOffered;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The choice of the year the ledger pages act on, while the previous year's books are
 * being finished in September: only the years the selector offers, and back to a page of
 * this site.
 */
@Controller
class WorkingYearController {

	static final String DEFAULT_RETURN = "/coop/comptabilite";

	/**
	 * A local path of the ledger, without an id (an entry or a régie of one year is not
	 * one of the other): letters, digits, dashes, slashes and a plain query.
	 */
	private static final Pattern SAFE_RETURN = Pattern.compile("/coop/comptabilite(/[a-z][a-z.-]*)*");

	private final Ledger ledger;

	WorkingYearController(Ledger ledger) {
		this.ledger = ledger;
	}

	@PostMapping("/coop/exercice")
	String choose(@RequestParam(name = "annee", defaultValue = "") String typed,
			@RequestParam(name = "retour", defaultValue = "") String back) {
		long cooperativeId = OpenYear.cooperativeId();
		OpenYear.Offered chosen = OpenYear.offered(this.ledger, cooperativeId)
			.stream()
			.filter((offered) -> Integer.toString(offered.schoolYear().startYear()).equals(typed))
			.findFirst()
			.orElseThrow(() -> new NotOffered("annee"));
		OpenYear.choose(cooperativeId, chosen);
		return "redirect:" + safeReturn(back);
	}

	/** The page to go back to, the cash book when the path is not one of the ledger's. */
	static String safeReturn(String back) {
		return SAFE_RETURN.matcher(back).matches() ? back : DEFAULT_RETURN;
	}

}
