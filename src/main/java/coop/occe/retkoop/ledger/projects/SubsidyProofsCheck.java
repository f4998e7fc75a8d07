package coop.occe.retkoop.ledger.projects;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/** Every subsidy of the year (public money) has its proof attached. */
@Component
class SubsidyProofsCheck implements YearEndCheck {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final Projects projects;

	private final SubsidyProofs proofs;

	SubsidyProofsCheck(Projects projects, SubsidyProofs proofs) {
		this.projects = projects;
		this.proofs = proofs;
	}

	@Override
	public String name() {
		return "subsidyProofs";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String fixPath() {
		return "/coop/comptabilite/subventions";
	}

	@Override
	public List<Problem> remaining(FiscalYear year) {
		Set<Long> proven = this.proofs.withProof(year);
		return this.projects.subsidies(year)
			.stream()
			.filter((subsidy) -> !proven.contains(subsidy.entryId()))
			.map((subsidy) -> Problem.of(null, "yearend.subsidyProofs.missing", subsidy.funder(),
					SHOWN.format(subsidy.date()), subsidy.amount().format(), subsidy.voucher()))
			.toList();
	}

}
