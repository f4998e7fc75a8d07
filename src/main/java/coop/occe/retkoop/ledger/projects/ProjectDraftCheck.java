package coop.occe.retkoop.ledger.projects;

import java.util.List;

import coop.occe.retkoop.ledger.DraftCheck;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/** An entry is tagged only with a project of its year. */
@Component
class ProjectDraftCheck implements DraftCheck {

	private final ProjectRepository projects;

	ProjectDraftCheck(ProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public List<Problem> check(FiscalYear year, EntryDraft draft) {
		if (draft.projectId() != null && this.projects.find(year.id(), draft.projectId()).isEmpty()) {
			return List.of(Problem.of("projectId", "ledger.project.unknown"));
		}
		return List.of();
	}

}
