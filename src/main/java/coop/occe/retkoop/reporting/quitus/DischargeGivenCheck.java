package coop.occe.retkoop.reporting.quitus;

import java.util.ArrayList;
import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * "Quitus donné": at least two vérificateurs gave quitus (a parent among them if the AD
 * requires it), or a paper quitus was uploaded where the AD accepts one. Every refusal is
 * a problem that names who refused.
 */
@Component(DischargeGivenCheck.NAME)
class DischargeGivenCheck implements YearEndCheck {

	static final String NAME = "dischargeGiven";

	private final Discharge discharge;

	private final DischargeRepository repository;

	DischargeGivenCheck(Discharge discharge, DischargeRepository repository) {
		this.discharge = discharge;
		this.repository = repository;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public String fixPath() {
		return "/coop/fin-d-annee/{annee}/quitus";
	}

	@Override
	public List<Problem> remaining(FiscalYear year) {
		List<Verifier> verifiers = this.discharge.verifiers(year);
		List<Problem> problems = new ArrayList<>();
		verifiers.stream()
			.filter(Verifier::refused)
			.forEach((v) -> problems.add(Problem.of("quitus", "reporting.quitus.check.refused", v.name())));
		DischargeRules rules = this.discharge.rules(year.associationId(), year.schoolYear());
		if (rules.paperAccepted() && this.repository.paperUploadedAt(year).isPresent()) {
			return problems;
		}
		List<Verifier> given = verifiers.stream().filter(Verifier::gave).toList();
		if (given.size() < 2) {
			problems.add(Problem.of("quitus", "reporting.quitus.check.tooFew", given.size()));
		}
		if (rules.parentRequired() && given.stream().noneMatch((v) -> v.quality() == VerifierQuality.PARENT)) {
			problems.add(Problem.of("quitus", "reporting.quitus.check.noParent"));
		}
		return problems;
	}

}
