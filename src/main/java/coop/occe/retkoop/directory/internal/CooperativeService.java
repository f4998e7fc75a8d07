package coop.occe.retkoop.directory.internal;

import coop.occe.retkoop.platform.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeStatus;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.identity.Accounts.CooperativeAccount;
import coop.occe.retkoop.identity.Identifiant;
import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes cooperatives, with their account and their audit lines, all in one
 * transaction: either everything is saved or nothing is.
 */
@Service
public class CooperativeService {

	private final AssociationRepository associations;

	private final CooperativeRepository cooperatives;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Texts texts;

	CooperativeService(AssociationRepository associations, CooperativeRepository cooperatives, Accounts accounts,
			AuditTrail audit, Texts texts) {
		this.texts = texts;
		this.associations = associations;
		this.cooperatives = cooperatives;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Checks data for a new cooperative of the association, including the number's
	 * uniqueness.
	 */
	public List<Problem> checkNew(long associationId, CooperativeData data) {
		List<Problem> problems = new ArrayList<>(CooperativeChecks.check(data));
		if (data.number().matches("\\d{4}")
				&& this.cooperatives.findByNumber(associationId, data.number()).isPresent()) {
			problems.add(Problem.of("number", "cooperative.number.taken", data.number()));
		}
		return problems;
	}

	/**
	 * Creates a cooperative from normalized, checked data; returns it with its initial
	 * password.
	 */
	@Transactional
	public Created create(long associationId, CooperativeData data) {
		AssociationSummary association = this.associations.findById(associationId).orElseThrow();
		long id = this.cooperatives.insert(associationId, data);
		Identifiant identifiant = new Identifiant(association.number(), data.number());
		InitialPassword password = this.accounts.createCooperativeAccount(
				new CooperativeAccount(identifiant, associationId, id, data.name(), data.schoolEmail()),
				association.randomInitialPasswords());
		this.audit.record(AuditEvent.of("COOPERATIVE_CREATED", associationId, id, label(identifiant, data.name()))
			.withChanges(Map.of(), data.asMap(this.texts)));
		return new Created(this.cooperatives.findById(id).orElseThrow(), password);
	}

	/**
	 * Saves new data for an existing cooperative; false if somebody else changed it since
	 * {@code version} was read.
	 */
	@Transactional
	public boolean update(CooperativeSummary existing, int version, CooperativeData data) {
		CooperativeData before = dataOf(existing);
		CooperativeData after = new CooperativeData(existing.number(), data.name(), data.commune(), data.uai(),
				data.schoolEmail(), data.address(), data.postalCode(), data.type(), data.mandataryName(),
				data.mandataryEmail(), data.bankName(), data.iban(), data.bic());
		if (!this.cooperatives.update(existing.id(), version, after)) {
			return false;
		}
		this.accounts.updateCooperativeContact(existing.id(), after.name(), after.schoolEmail());
		this.audit.record(AuditEvent
			.of("COOPERATIVE_UPDATED", existing.associationId(), existing.id(),
					label(identifiant(existing), after.name()))
			.withChanges(before.asMap(this.texts), after.asMap(this.texts)));
		return true;
	}

	@Transactional
	public void setStatus(CooperativeSummary cooperative, CooperativeStatus status) {
		if (cooperative.status() == status) {
			return;
		}
		this.cooperatives.setStatus(cooperative.id(), status);
		this.accounts.setCooperativeAccountEnabled(cooperative.id(), status == CooperativeStatus.ACTIVE);
		this.audit.record(AuditEvent
			.of(status == CooperativeStatus.CLOSED ? "COOPERATIVE_CLOSED" : "COOPERATIVE_REOPENED",
					cooperative.associationId(), cooperative.id(), label(identifiant(cooperative), cooperative.name()))
			.withChanges(Map.of(this.texts.text("directory.audit.field.status"), cooperative.status()),
					Map.of(this.texts.text("directory.audit.field.status"), status)));
	}

	@Transactional
	public InitialPassword resetPassword(CooperativeSummary cooperative) {
		AssociationSummary association = this.associations.findById(cooperative.associationId()).orElseThrow();
		return this.accounts.resetCooperativePassword(cooperative.associationId(), cooperative.id(),
				identifiant(cooperative), association.randomInitialPasswords());
	}

	public Identifiant identifiant(CooperativeSummary cooperative) {
		String associationNumber = this.associations.findById(cooperative.associationId()).orElseThrow().number();
		return new Identifiant(associationNumber, cooperative.number());
	}

	public static CooperativeData dataOf(CooperativeSummary coop) {
		return new CooperativeData(coop.number(), coop.name(), coop.commune(), coop.uai(), coop.schoolEmail(),
				coop.address(), coop.postalCode(), coop.type(), coop.mandataryName(), coop.mandataryEmail(),
				coop.bankName(), coop.iban(), coop.bic());
	}

	private static String label(Identifiant identifiant, String name) {
		return identifiant + " " + name;
	}

	/** A new cooperative and the initial password of its account. */
	public record Created(CooperativeSummary cooperative, InitialPassword password) {

	}

}
