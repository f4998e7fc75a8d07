package coop.occe.retkoop.directory.internal;

import coop.occe.retkoop.platform.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates associations (federation) and changes their details and settings (AD staff),
 * audited.
 */
@Service
public class AssociationService {

	private final AssociationRepository associations;

	private final AuditTrail audit;

	private final Texts texts;

	AssociationService(AssociationRepository associations, AuditTrail audit, Texts texts) {
		this.texts = texts;
		this.associations = associations;
		this.audit = audit;
	}

	public List<Problem> checkNew(AssociationSummary association) {
		List<Problem> problems = new ArrayList<>(AssociationChecks.check(association));
		if (this.associations.findByNumber(association.number()).isPresent()) {
			problems.add(Problem.of("number", "association.number.taken", association.number()));
		}
		return problems;
	}

	@Transactional
	public long create(AssociationSummary association) {
		long id = this.associations.insert(association);
		this.audit
			.record(AuditEvent.of("ASSOCIATION_CREATED", id, null, association.number() + " " + association.name())
				.withChanges(Map.of(), asMap(association)));
		return id;
	}

	@Transactional
	public void update(AssociationSummary before, AssociationSummary after) {
		this.associations.update(after);
		this.audit.record(AuditEvent.of("ASSOCIATION_UPDATED", before.id(), null, before.number() + " " + after.name())
			.withChanges(asMap(before), asMap(after)));
	}

	private Map<String, Object> asMap(AssociationSummary a) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(this.texts.text("directory.audit.field.number"), a.number());
		map.put(this.texts.text("directory.audit.field.name"), a.name());
		map.put(this.texts.text("directory.audit.field.address"), a.address());
		map.put(this.texts.text("directory.audit.field.postalCode"), a.postalCode());
		map.put(this.texts.text("directory.audit.field.city"), a.city());
		map.put(this.texts.text("directory.audit.field.email"), a.email());
		map.put(this.texts.text("directory.audit.field.phone"), a.phone());
		map.put(this.texts.text("directory.audit.field.siret"), a.siret());
		map.put(this.texts.text("directory.audit.field.randomInitialPasswords"), a.randomInitialPasswords());
		return map;
	}

}
