package coop.occe.retkoop.directory;

import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeData;
import coop.occe.retkoop.directory.internal.CooperativeRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.InitialPassword;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to associations and cooperatives for the other modules.
 */
@Service
public class Directory {

	private final AssociationRepository associations;

	private final CooperativeRepository cooperatives;

	private final CooperativeService service;

	Directory(AssociationRepository associations, CooperativeRepository cooperatives, CooperativeService service) {
		this.associations = associations;
		this.cooperatives = cooperatives;
		this.service = service;
	}

	/**
	 * A new mandataire takes over the cooperative: the directory records the name and
	 * e-mail (audited) and the account gets a new initial password, so that the previous
	 * mandataire's password no longer opens it. Returns that password, to show once to AD
	 * staff.
	 */
	@Transactional
	public InitialPassword changeMandatary(long associationId, long cooperativeId, String name, String email) {
		CooperativeSummary coop = cooperativeOf(associationId, cooperativeId).orElseThrow();
		CooperativeData before = CooperativeService.dataOf(coop);
		CooperativeData after = new CooperativeData(before.number(), before.name(), before.commune(), before.uai(),
				before.schoolEmail(), before.address(), before.postalCode(), before.type(), name, email,
				before.bankName(), before.iban(), before.bic())
			.normalized();
		if (!this.service.update(coop, coop.version(), after)) {
			throw new IllegalStateException("Cooperative changed meanwhile");
		}
		return this.service.resetPassword(this.cooperatives.findById(cooperativeId).orElseThrow());
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
