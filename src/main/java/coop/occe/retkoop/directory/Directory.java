package coop.occe.retkoop.directory;

import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeRepository;

import org.springframework.stereotype.Service;

/**
 * Read access to associations and cooperatives for the other modules.
 */
@Service
public class Directory {

	private final AssociationRepository associations;

	private final CooperativeRepository cooperatives;

	Directory(AssociationRepository associations, CooperativeRepository cooperatives) {
		this.associations = associations;
		this.cooperatives = cooperatives;
	}

	public Optional<AssociationSummary> association(long id) {
		return this.associations.findById(id);
	}

	public List<AssociationSummary> associations() {
		return this.associations.findAll();
	}

	public Optional<CooperativeSummary> cooperative(long id) {
		return this.cooperatives.findById(id);
	}

	/** The association's active cooperatives, by number. */
	public List<CooperativeSummary> activeCooperativesOf(long associationId) {
		return this.cooperatives.activeOf(associationId);
	}

	/** The cooperative only if it belongs to the association; otherwise empty. */
	public Optional<CooperativeSummary> cooperativeOf(long associationId, long cooperativeId) {
		return this.cooperatives.findById(cooperativeId).filter((coop) -> coop.associationId() == associationId);
	}

}
