package coop.occe.retkoop.membership.internal;

import coop.occe.retkoop.platform.Texts;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.inventory.Inventory;
import coop.occe.retkoop.membership.MembershipValidated;
import coop.occe.retkoop.membership.internal.StoredDocument.DocumentKind;
import coop.occe.retkoop.notifications.Mailer;
import coop.occe.retkoop.notifications.OutgoingMail;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adhésion's use cases: what the mandataire fills in and sends, what the AD sets,
 * validates, sends back or reopens. Every change is audited in the same transaction.
 */
@Service
public class Adhesions {

	private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AdhesionRepository adhesions;

	private final TariffsRepository tariffs;

	private final Directory directory;

	private final AuditTrail audit;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	private final ApplicationEventPublisher events;

	private final AdhesionPdfs pdfs;

	private final Inventory inventory;

	private final Texts texts;

	private final AttestationRepository attestations;

	Adhesions(AdhesionRepository adhesions, TariffsRepository tariffs, Directory directory, AuditTrail audit,
			Mailer mailer, MessageSource messages, Clock clock, @Value("${retkoop.base-url}") String baseUrl,
			ApplicationEventPublisher events, AdhesionPdfs pdfs, Inventory inventory, Texts texts,
			AttestationRepository attestations) {
		this.attestations = attestations;
		this.texts = texts;
		this.inventory = inventory;
		this.events = events;
		this.pdfs = pdfs;
		this.adhesions = adhesions;
		this.tariffs = tariffs;
		this.directory = directory;
		this.audit = audit;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public SchoolYear currentYear() {
		return SchoolYear.containing(today());
	}

	// --- AD settings

	public Tariffs tariffsOrDefaults(long associationId, SchoolYear year) {
		return this.tariffs.find(associationId, year).orElseGet(() -> Tariffs.defaults(associationId, year));
	}

	public Optional<Tariffs> tariffs(long associationId, SchoolYear year) {
		return this.tariffs.find(associationId, year);
	}

	@Transactional
	public void saveTariffs(Tariffs changed) {
		Optional<Tariffs> before = this.tariffs.find(changed.associationId(), changed.year());
		this.tariffs.save(changed);
		this.audit.record(AuditEvent
			.of("ADHESION_TARIFS", changed.associationId(), null,
					this.texts.text("membership.audit.tariffs", changed.year().label()))
			.withChanges(before.map(this::tariffValues).orElse(Map.of()), tariffValues(changed)));
	}

	// --- Reading

	public AdhesionSnapshot snapshot(CooperativeSummary coop, SchoolYear year) {
		AssociationSummary association = this.directory.association(coop.associationId()).orElseThrow();
		Adhesion adhesion = this.adhesions.find(coop.id(), year)
			.orElseGet(() -> Adhesion.draft(coop.associationId(), coop.id(), year));
		List<MemberClass> classes = (adhesion.id() != 0) ? this.adhesions.classes(adhesion.id()) : List.of();
		Tariffs yearTariffs = this.tariffs.find(coop.associationId(), year).orElse(null);
		Fees fees = null;
		if (yearTariffs != null) {
			int pupils = classes.stream().mapToInt(MemberClass::pupilCount).sum();
			int adults = classes.stream().mapToInt(MemberClass::teacherCount).sum();
			fees = FeeCalculator.compute(yearTariffs, pupils, adults, adhesion.propertyValue(),
					adhesion.instrumentValue(), adhesion.reviewSubscribed(), adhesion.voluntary());
		}
		boolean open = yearTariffs != null && yearTariffs.isOpenOn(today());
		StoredDocument engagement = (adhesion.id() != 0)
				? this.adhesions.document(adhesion.id(), DocumentKind.ENGAGEMENT, false).orElse(null) : null;
		int previous = this.adhesions.find(coop.id(), year.previous())
			.map((a) -> this.adhesions.classes(a.id()).size())
			.orElse(0);
		return new AdhesionSnapshot(association, coop, year, adhesion, classes, yearTariffs, fees, open, engagement,
				previous);
	}

	public AdhesionSnapshot currentSnapshot(long cooperativeId) {
		return snapshot(cooperative(cooperativeId), currentYear());
	}

	/**
	 * The association's adhésions of the year in one state (all of them when the state is
	 * null), by cooperative number: the AD's list and its exports.
	 */
	public List<AdhesionSnapshot> ofAssociation(long associationId, SchoolYear year, AdhesionState state) {
		return ofAssociation(associationId, year).stream()
			.filter((r) -> state == null || r.adhesion().state() == state)
			.sorted(Comparator.comparing((AdhesionSnapshot r) -> r.cooperative().number()))
			.toList();
	}

	public List<AdhesionSnapshot> ofAssociation(long associationId, SchoolYear year) {
		return this.adhesions.ofAssociation(associationId, year)
			.stream()
			.map((a) -> this.directory.cooperativeOf(associationId, a.cooperativeId()).orElse(null))
			.filter((coop) -> coop != null)
			.map((coop) -> snapshot(coop, year))
			.toList();
	}

	public Optional<StoredDocument> engagementFile(long cooperativeId, SchoolYear year) {
		return this.adhesions.find(cooperativeId, year)
			.flatMap((a) -> this.adhesions.document(a.id(), DocumentKind.ENGAGEMENT, true));
	}

	/** The validated adhésion an attestation reference names, for the public check. */
	/**
	 * What became of an attestation reference: valid, withdrawn (the AD reopened the
	 * adhésion), replaced by a newer one, or unknown.
	 */
	public AttestationCheck verify(String reference) {
		if (reference == null || reference.isBlank() || reference.length() > 40) {
			return AttestationCheck.unknown();
		}
		Optional<Attestation> found = this.attestations.find(reference.strip().toUpperCase(Locale.ROOT));
		if (found.isEmpty()) {
			return AttestationCheck.unknown();
		}
		Attestation attestation = found.get();
		if (attestation.replacement().isPresent()) {
			return new AttestationCheck(AttestationCheck.Status.REPLACED, attestation, null);
		}
		if (attestation.isWithdrawn()) {
			return new AttestationCheck(AttestationCheck.Status.WITHDRAWN, attestation, null);
		}
		return this.adhesions.findByReference(attestation.reference())
			.filter((a) -> a.state() == AdhesionState.VALIDATED)
			.flatMap((a) -> this.directory.cooperative(a.cooperativeId()).map((coop) -> snapshot(coop, a.year())))
			.map((snapshot) -> new AttestationCheck(AttestationCheck.Status.VALID, attestation, snapshot))
			.orElseGet(AttestationCheck::unknown);
	}

	// --- What the mandataire does (always on the current year)

	@Transactional
	public void addClass(long cooperativeId, ClassData data) {
		Adhesion adhesion = editableAdhesion(cooperativeId);
		long id = this.adhesions.insertClass(adhesion.id(), data);
		MemberClass added = new MemberClass(id, adhesion.id(), data.name(), data.teachers(), data.email(),
				data.teacherCount(), data.pupilCount());
		auditCooperative(adhesion, "ADHESION_CLASSE_AJOUTEE", this.texts.text("membership.audit.class", data.name()),
				Map.of(), added.auditValues(this.texts));
	}

	@Transactional
	public void updateClass(long cooperativeId, long classId, ClassData data) {
		Adhesion adhesion = editableAdhesion(cooperativeId);
		MemberClass before = ownClass(adhesion, classId);
		this.adhesions.updateClass(classId, data);
		MemberClass after = new MemberClass(classId, adhesion.id(), data.name(), data.teachers(), data.email(),
				data.teacherCount(), data.pupilCount());
		auditCooperative(adhesion, "ADHESION_CLASSE_MODIFIEE", this.texts.text("membership.audit.class", data.name()),
				before.auditValues(this.texts), after.auditValues(this.texts));
	}

	@Transactional
	public void deleteClass(long cooperativeId, long classId) {
		Adhesion adhesion = editableAdhesion(cooperativeId);
		MemberClass before = ownClass(adhesion, classId);
		this.adhesions.deleteClass(classId);
		auditCooperative(adhesion, "ADHESION_CLASSE_SUPPRIMEE",
				this.texts.text("membership.audit.class", before.name()), before.auditValues(this.texts), Map.of());
	}

	/** The class if it belongs to the cooperative's current adhésion, else 404. */
	public MemberClass classOf(long cooperativeId, long classId) {
		Adhesion adhesion = this.adhesions.find(cooperativeId, currentYear())
			.orElseThrow(ClassNotFoundForCooperative::new);
		return ownClass(adhesion, classId);
	}

	/**
	 * Starts this year from last year's classes, with the same names, teachers and
	 * counts.
	 */
	@Transactional
	public int copyPreviousYear(long cooperativeId) {
		Adhesion adhesion = editableAdhesion(cooperativeId);
		if (!this.adhesions.classes(adhesion.id()).isEmpty()) {
			throw new MembershipException("membership.error.alreadyHasClasses");
		}
		List<MemberClass> previous = this.adhesions.find(cooperativeId, adhesion.year().previous())
			.map((a) -> this.adhesions.classes(a.id()))
			.orElse(List.of());
		for (MemberClass c : previous) {
			this.adhesions.insertClass(adhesion.id(),
					new ClassData(c.name(), c.teachers(), c.email(), c.teacherCount(), c.pupilCount()));
		}
		auditCooperative(adhesion, "ADHESION_CLASSES_COPIEES",
				this.texts.text("membership.audit.classesOf", adhesion.year().previous().label()), Map.of(),
				Map.of(this.texts.text("membership.audit.field.copiedClasses"), previous.size()));
		return previous.size();
	}

	@Transactional
	public void declare(long cooperativeId, Money property, Money instruments, boolean review, Money voluntary) {
		Adhesion before = editableAdhesion(cooperativeId);
		Adhesion after = before.withDeclarations(property, instruments, review, voluntary);
		this.adhesions.update(after);
		auditCooperative(after, "ADHESION_DECLARATIONS", yearLabel(after), before.auditValues(this.texts),
				after.auditValues(this.texts));
	}

	/**
	 * Clicking "non" makes it "oui" and the other choices "non"; clicking "oui" makes it
	 * "non" again.
	 */
	@Transactional
	public void togglePayment(long cooperativeId, PaymentChoice clicked) {
		Adhesion before = editableAdhesion(cooperativeId);
		Tariffs yearTariffs = this.tariffs.find(before.associationId(), before.year()).orElseThrow();
		if (clicked == PaymentChoice.NONE || !yearTariffs.allows(clicked)) {
			throw new MembershipException("membership.error.paymentNotAllowed");
		}
		PaymentChoice next = (before.payment() == clicked) ? PaymentChoice.NONE : clicked;
		Adhesion after = before.withPayment(next);
		this.adhesions.update(after);
		auditCooperative(after, "ADHESION_PAIEMENT", yearLabel(after), before.auditValues(this.texts),
				after.auditValues(this.texts));
	}

	@Transactional
	public void storeEngagement(long cooperativeId, String fileName, byte[] content) {
		String contentType = UploadedScan.contentTypeOf(content);
		// A sent adhésion waits for the AD: its engagement may still be replaced (e.g. a
		// clearer scan) until the AD validates it.
		Adhesion current = this.adhesions.find(cooperativeId, currentYear()).orElse(null);
		Adhesion adhesion = (current != null && current.state() == AdhesionState.SENT) ? current
				: editableAdhesion(cooperativeId);
		Optional<StoredDocument> before = this.adhesions.document(adhesion.id(), DocumentKind.ENGAGEMENT, false);
		String name = (fileName == null || fileName.isBlank()) ? this.texts.text("membership.file.engagement")
				: fileName.strip();
		name = name.replaceAll("[\\\\/\\\"\\x00-\\x1F\\x7F]", "_");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		this.adhesions.saveDocument(new StoredDocument(adhesion.id(), DocumentKind.ENGAGEMENT, name, contentType,
				content.length, OffsetDateTime.now(this.clock), content));
		auditCooperative(adhesion, "ADHESION_ENGAGEMENT_DEPOSE", this.texts.text("membership.audit.engagement"),
				before.map((d) -> Map.<String, Object>of(this.texts.text("membership.audit.field.file"), d.fileName()))
					.orElse(Map.of()),
				Map.of(this.texts.text("membership.audit.field.file"), name,
						this.texts.text("membership.audit.field.size"), content.length,
						this.texts.text("membership.audit.field.type"), contentType));
	}

	/**
	 * Signs the engagement with a click where the AD allows it: the pre-filled PDF, with
	 * who signed and when, becomes the signed engagement; the audit trail (login, time,
	 * address) is the proof.
	 */
	@Transactional
	public void signOnline(long cooperativeId, String login) {
		Adhesion adhesion = editableAdhesion(cooperativeId);
		AdhesionSnapshot snapshot = currentSnapshot(cooperativeId);
		if (!snapshot.tariffs().allowsClickToSign()) {
			throw new MembershipException("membership.error.clickToSignNotAllowed");
		}
		if (snapshot.classes().isEmpty() || adhesion.payment() == PaymentChoice.NONE) {
			throw new MembershipException("membership.error.signTooEarly");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String signature = message("membership.engagement.signedOnline", login,
				this.texts.text("membership.engagement.signedOnline.time",
						DateTimeFormatter.ofPattern("dd/MM/yyyy").format(now),
						DateTimeFormatter.ofPattern("HH:mm").format(now)));
		byte[] pdf = this.pdfs.engagementSignedOnline(snapshot, signature);
		this.adhesions.saveDocument(new StoredDocument(adhesion.id(), DocumentKind.ENGAGEMENT,
				this.texts.text("membership.file.engagementSignedOnline"), "application/pdf", pdf.length, now, pdf));
		auditCooperative(adhesion, "ADHESION_ENGAGEMENT_SIGNE_EN_LIGNE", this.texts.text("membership.audit.engagement"),
				Map.of(),
				Map.of(this.texts.text("membership.audit.field.signature"), signature,
						this.texts.text("membership.audit.field.members"), snapshot.total(),
						this.texts.text("membership.audit.field.amount"), snapshot.fees().total().format()));
	}

	@Transactional
	public void send(long cooperativeId) {
		AdhesionSnapshot snapshot = currentSnapshot(cooperativeId);
		if (!snapshot.editable()) {
			throw new MembershipException(snapshot.open() ? "membership.error.locked" : "membership.error.closed");
		}
		if (!snapshot.missing().isEmpty()) {
			throw new MembershipException("membership.error.incomplete");
		}
		Adhesion before = snapshot.adhesion();
		Adhesion after = before.sent(OffsetDateTime.now(this.clock));
		this.adhesions.update(after);
		auditCooperative(after, "ADHESION_ENVOYEE", yearLabel(after), before.auditValues(this.texts),
				after.auditValues(this.texts));
		CooperativeSummary coop = snapshot.cooperative();
		AssociationSummary association = snapshot.association();
		if (association.email() != null && !association.email().isBlank()) {
			this.mailer.send(new OutgoingMail(association.id(), coop.id(), association.email(),
					message("membership.mail.sent.subject", coop.number(), coop.name()),
					message("membership.mail.sent.body", coop.name(), coop.commune(), coop.number(),
							after.year().label(), snapshot.total(), snapshot.fees().total().format(),
							this.baseUrl + "/ad/" + association.id() + "/adhesions/" + coop.id())));
		}
	}

	// --- What the AD does

	@Transactional
	public void validate(long associationId, long cooperativeId) {
		CooperativeSummary coop = cooperativeOf(associationId, cooperativeId);
		Adhesion before = existing(coop);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Adhesion after = before.validated(now, newReference(coop, before.year()));
		this.adhesions.update(after);
		this.attestations.issue(after.id(), after.attestationReference(), now);
		auditCooperative(after, "ADHESION_VALIDEE", yearLabel(after), before.auditValues(this.texts),
				after.auditValues(this.texts));
		AdhesionSnapshot validated = snapshot(coop, after.year());
		this.events.publishEvent(new MembershipValidated(coop.associationId(), coop.id(), after.year(),
				validated.pupils(), validated.teachers(), validated.fees().total(), validated.fees().federalShare(),
				after.attestationReference()));
		// The mandatary's mail follows the event: see ValidationMail.
	}

	/** Queues the mail telling the mandatary that the adhésion is validated. */
	void mailValidation(MembershipValidated validated) {
		this.directory.cooperative(validated.cooperativeId())
			.ifPresent((coop) -> mailMandatary(coop,
					message("membership.mail.validated.subject", validated.year().label()),
					message("membership.mail.validated.body", coop.name(), validated.year().label(),
							this.baseUrl + "/coop/adhesion")));
	}

	@Transactional
	public void sendBack(long associationId, long cooperativeId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new MembershipException("membership.error.reasonRequired");
		}
		String cleanReason = reason.strip();
		if (cleanReason.length() > 1000) {
			cleanReason = cleanReason.substring(0, 1000);
		}
		CooperativeSummary coop = cooperativeOf(associationId, cooperativeId);
		Adhesion before = existing(coop);
		Adhesion after = before.returned(cleanReason);
		this.adhesions.update(after);
		this.attestations.withdraw(after.id(), OffsetDateTime.now(this.clock));
		auditCooperative(after, "ADHESION_RENVOYEE", yearLabel(after), before.auditValues(this.texts),
				after.auditValues(this.texts));
		mailMandatary(coop, message("membership.mail.returned.subject", after.year().label()),
				message("membership.mail.returned.body", coop.name(), after.year().label(), cleanReason,
						this.baseUrl + "/coop/adhesion"));
	}

	/**
	 * Reopens a validated adhésion for correction, for a reason the mandataire is mailed:
	 * its attestation is withdrawn (the verification page says so) until the AD validates
	 * it again under a new reference.
	 */
	@Transactional
	public void reopen(long associationId, long cooperativeId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new MembershipException("membership.error.reopenReasonRequired");
		}
		String cleanReason = reason.strip();
		if (cleanReason.length() > 1000) {
			throw new MembershipException("membership.error.reasonTooLong");
		}
		CooperativeSummary coop = cooperativeOf(associationId, cooperativeId);
		Adhesion before = existing(coop);
		Adhesion after = before.reopened(cleanReason);
		this.adhesions.update(after);
		this.attestations.withdraw(after.id(), OffsetDateTime.now(this.clock));
		auditCooperative(after, "ADHESION_ROUVERTE", yearLabel(after), before.auditValues(this.texts),
				after.auditValues(this.texts));
		mailMandatary(coop, message("membership.mail.reopened.subject", after.year().label()),
				message("membership.mail.reopened.body", coop.name(), after.year().label(), cleanReason,
						before.attestationReference(), this.baseUrl + "/coop/adhesion"));
	}

	// --- helpers

	private Adhesion existing(CooperativeSummary coop) {
		return this.adhesions.find(coop.id(), currentYear())
			.orElseThrow(() -> new MembershipException("membership.error.notSent"));
	}

	private CooperativeSummary cooperative(long cooperativeId) {
		return this.directory.cooperative(cooperativeId).orElseThrow(ClassNotFoundForCooperative::new);
	}

	private CooperativeSummary cooperativeOf(long associationId, long cooperativeId) {
		return this.directory.cooperativeOf(associationId, cooperativeId).orElseThrow(ClassNotFoundForCooperative::new);
	}

	/**
	 * The current adhésion, created on first change, if the window is open and it is not
	 * locked.
	 */
	private Adhesion editableAdhesion(long cooperativeId) {
		CooperativeSummary coop = cooperative(cooperativeId);
		SchoolYear year = currentYear();
		Tariffs yearTariffs = this.tariffs.find(coop.associationId(), year).orElse(null);
		Optional<Adhesion> existing = this.adhesions.find(coop.id(), year);
		existing.ifPresent(Adhesion::requireEditable);
		boolean handedBack = existing.map((a) -> a.state().editableOutsideTheDates()).orElse(false);
		if (yearTariffs == null || (!yearTariffs.isOpenOn(today()) && !handedBack)) {
			throw new MembershipException("membership.error.closed");
		}
		Adhesion adhesion = existing
			.orElseGet(() -> this.adhesions.insert(Adhesion.draft(coop.associationId(), coop.id(), year,
					// The inventory of durable goods gives the insured value of the
					// property.
					this.inventory.declaredPropertyValue(coop.id(), year.firstDay()))));
		adhesion.requireEditable();
		return adhesion;
	}

	private MemberClass ownClass(Adhesion adhesion, long classId) {
		return this.adhesions.classes(adhesion.id())
			.stream()
			.filter((c) -> c.id() == classId)
			.findFirst()
			.orElseThrow(ClassNotFoundForCooperative::new);
	}

	private void auditCooperative(Adhesion adhesion, String action, String label, Map<String, ?> before,
			Map<String, ?> after) {
		this.audit.record(AuditEvent.of(action, adhesion.associationId(), adhesion.cooperativeId(), label)
			.withChanges(before, after));
	}

	private void mailMandatary(CooperativeSummary coop, String subject, String body) {
		String to = (coop.mandataryEmail() != null && !coop.mandataryEmail().isBlank()) ? coop.mandataryEmail()
				: coop.schoolEmail();
		if (to != null && !to.isBlank()) {
			this.mailer.send(new OutgoingMail(coop.associationId(), coop.id(), to, subject, body));
		}
	}

	private String newReference(CooperativeSummary coop, SchoolYear year) {
		AssociationSummary association = this.directory.association(coop.associationId()).orElseThrow();
		StringBuilder random = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			random.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
		}
		return association.number() + "-" + coop.number() + "-" + year.startYear() + "-" + random;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.FRANCE);
	}

	private String yearLabel(Adhesion adhesion) {
		return this.texts.text("membership.audit.adhesion", adhesion.year().label());
	}

	private Map<String, Object> tariffValues(Tariffs t) {
		return Map.ofEntries(Map.entry(tariff("opensOn"), t.opensOn()), Map.entry(tariff("closesOn"), t.closesOn()),
				Map.entry(tariff("adhesionPerPupil"), t.adhesionPerPupil().format()),
				Map.entry(tariff("adhesionPerAdult"), t.adhesionPerAdult().format()),
				Map.entry(tariff("insurancePerPupil"), t.insurancePerPupil().format()),
				Map.entry(tariff("insurancePerAdult"), t.insurancePerAdult().format()),
				Map.entry(tariff("propertyThreshold"), t.propertyThreshold().format()),
				Map.entry(tariff("propertyRate"), t.propertyRate().toPlainString()),
				Map.entry(tariff("instrumentThreshold"), t.instrumentThreshold().format()),
				Map.entry(tariff("instrumentRate"), t.instrumentRate().toPlainString()),
				Map.entry(tariff("reviewPrice"), t.reviewPrice().format()),
				Map.entry(tariff("voluntaryOffered"), t.voluntaryOffered()),
				Map.entry(tariff("federalShare"), t.federalShare().format()),
				Map.entry(tariff("immediateDebit"), t.allowsImmediateDebit()),
				Map.entry(tariff("decemberDebit"), t.allowsDecemberDebit()),
				Map.entry(tariff("cheque"), t.allowsCheque()));
	}

	private String tariff(String field) {
		return this.texts.text("membership.audit.tariff." + field);
	}

}
