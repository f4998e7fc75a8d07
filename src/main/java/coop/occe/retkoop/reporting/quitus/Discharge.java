package coop.occe.retkoop.reporting.quitus;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.platform.ScanCheck;
import coop.occe.retkoop.platform.Texts;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quitus of a cooperative's year as its mandataire prepares it: the vérificateurs (at
 * least two, none a mandataire of the cooperative, each e-mail once), the invitations
 * ({@link DischargeLinks}), a scanned paper quitus where the AD accepts one; and the
 * record the CRF prints, frozen when the CRF is sent.
 */
@Service
public class Discharge {

	static final int MAX_VERIFIERS = 20;

	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 100;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final DischargeRepository repository;

	private final Directory directory;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	Discharge(DischargeRepository repository, Directory directory, AuditTrail audit, Texts texts, Clock clock) {
		this.repository = repository;
		this.directory = directory;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	/** A scanned paper quitus. */
	public record Paper(String fileName, String contentType, byte[] content) {

	}

	/** The AD's rules for the school year. */
	public DischargeRules rules(long associationId, SchoolYear year) {
		return this.repository.rules(associationId, year);
	}

	@Transactional
	public void setRules(long associationId, SchoolYear year, DischargeRules rules) {
		DischargeRules before = this.repository.rules(associationId, year);
		this.repository.saveRules(associationId, year, rules);
		this.audit.record(AuditEvent.of("REPORTING_DISCHARGE_RULES", associationId, null, year.label())
			.withChanges(rulesMap(before), rulesMap(rules)));
	}

	public List<Verifier> verifiers(FiscalYear year) {
		return this.repository.verifiers(year);
	}

	/**
	 * Whether the vérificateurs can no longer change: the CRF was sent (the list is
	 * frozen) or the year is closed.
	 */
	public boolean isFrozen(FiscalYear year) {
		return year.closed() || this.repository.isFrozen(year.id());
	}

	/**
	 * Freezes the list when the CRF is sent: no vérificateur added, removed or
	 * re-invited.
	 */
	@Transactional
	public void freeze(FiscalYear year) {
		this.repository.freeze(year.id(), OffsetDateTime.now(this.clock));
	}

	/**
	 * Names a vérificateur; refused with problems on the fields {@code name},
	 * {@code email}, {@code quality} (or none). The quality must be one the page offers.
	 */
	@Transactional
	public Result<Long> name(FiscalYear year, String typedName, String typedEmail, String typedQuality) {
		String name = clean(typedName);
		String email = clean(typedEmail).toLowerCase(Locale.ROOT);
		Optional<VerifierQuality> quality = VerifierQuality.offered(typedQuality);
		if (typedQuality != null && !typedQuality.isEmpty() && quality.isEmpty()) {
			throw new NotOffered("quality");
		}
		if (isFrozen(year)) {
			return Result.refused(Problem.of(null, "reporting.quitus.frozen"));
		}
		List<Problem> problems = new ArrayList<>();
		if (name.isEmpty()) {
			problems.add(Problem.of("name", "reporting.quitus.name.required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(Problem.of("name", "reporting.quitus.name.tooLong", MAX_NAME));
		}
		if (email.isEmpty()) {
			problems.add(Problem.of("email", "reporting.quitus.email.required"));
		}
		else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
			problems.add(Problem.of("email", "reporting.quitus.email.format", MAX_EMAIL));
		}
		if (quality.isEmpty()) {
			problems.add(Problem.of("quality", "reporting.quitus.quality.required"));
		}
		List<Verifier> existing = this.repository.verifiers(year);
		if (problems.isEmpty()) {
			CooperativeSummary coop = this.directory.cooperative(year.cooperativeId()).orElseThrow();
			if (sameEmail(email, coop.mandataryEmail()) || sameEmail(email, coop.schoolEmail())) {
				problems.add(Problem.of("email", "reporting.quitus.mandatary"));
			}
			else if (!folded(name).isEmpty() && folded(name).equals(folded(coop.mandataryName()))) {
				problems.add(Problem.of("name", "reporting.quitus.mandatary"));
			}
			else if (existing.stream().anyMatch((v) -> v.email().equals(email))) {
				problems.add(Problem.of("email", "reporting.quitus.email.twice"));
			}
			else if (existing.size() >= MAX_VERIFIERS) {
				problems.add(Problem.of(null, "reporting.quitus.tooMany", MAX_VERIFIERS));
			}
		}
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		long id;
		try {
			id = this.repository.insert(year, name, email, quality.get());
		}
		catch (DuplicateKeyException ex) {
			// The same address named at the same moment in another tab.
			return Result.refused(Problem.of("email", "reporting.quitus.email.twice"));
		}
		this.audit.record(AuditEvent
			.of("REPORTING_VERIFIER_NAMED", year.associationId(), year.cooperativeId(),
					this.texts.text("reporting.quitus.audit.verifier", name, year.schoolYear().label()))
			.withChanges(Map.of(),
					Map.of(this.texts.text("reporting.quitus.audit.field.email"), email,
							this.texts.text("reporting.quitus.audit.field.quality"),
							this.texts.text("reporting.quitus.quality." + quality.get().name()))));
		return Result.done(id);
	}

	/** Removes a vérificateur who has not answered; empty when none such of the year. */
	@Transactional
	public Optional<List<Problem>> remove(FiscalYear year, long verifierId) {
		Optional<Verifier> verifier = this.repository.verifier(year, verifierId);
		if (verifier.isEmpty()) {
			return Optional.empty();
		}
		if (isFrozen(year)) {
			return Optional.of(List.of(Problem.of(null, "reporting.quitus.frozen")));
		}
		if (!this.repository.removeUnanswered(verifier.get())) {
			return Optional.of(List.of(Problem.of(null, "reporting.quitus.remove.answered", verifier.get().name())));
		}
		this.audit.record(AuditEvent.of("REPORTING_VERIFIER_REMOVED", year.associationId(), year.cooperativeId(),
				this.texts.text("reporting.quitus.audit.verifier", verifier.get().name(), year.schoolYear().label())));
		return Optional.of(List.of());
	}

	/**
	 * Keeps a scanned paper quitus (PDF, JPEG or PNG, opened and checked) where the AD
	 * accepts one; a new file replaces the previous one.
	 */
	@Transactional
	public List<Problem> attachPaper(FiscalYear year, String fileName, byte[] content) {
		if (!rules(year.associationId(), year.schoolYear()).paperAccepted()) {
			return List.of(Problem.of("fichier", "reporting.quitus.paper.notAccepted"));
		}
		if (isFrozen(year)) {
			return List.of(Problem.of("fichier", "reporting.quitus.frozen"));
		}
		ScanCheck.Result check = ScanCheck.check(content);
		if (!check.accepted()) {
			return List.of(Problem.of("fichier", "reporting.quitus.paper." + switch (check.refusal()) {
				case EMPTY -> "empty";
				case TOO_LARGE -> "tooLarge";
				case WRONG_TYPE -> "wrongType";
				case UNREADABLE -> "unreadable";
				case TOO_MANY_PIXELS -> "tooManyPixels";
			}));
		}
		String name = (fileName == null || fileName.isBlank()) ? this.texts.text("reporting.quitus.paper.fileName")
				: fileName.strip().replaceAll("[\\\\/\\r\\n\"\\x00-\\x1F]", "_");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		this.repository.savePaper(year, name, check.contentType(), content, OffsetDateTime.now(this.clock));
		this.audit.record(AuditEvent.of("REPORTING_DISCHARGE_PAPER", year.associationId(), year.cooperativeId(),
				this.texts.text("reporting.quitus.audit.paper", year.schoolYear().label(), name)));
		return List.of();
	}

	public Optional<Paper> paper(FiscalYear year) {
		return this.repository.paper(year);
	}

	/**
	 * The quitus of the year for the CRF's PDF and its snapshot: every vérificateur,
	 * their quality, the days of the invitation and the answer, the answer and its
	 * comment.
	 */
	public DischargeRecord record(FiscalYear year) {
		List<DischargeRecord.Entry> entries = this.repository.verifiers(year)
			.stream()
			.map((v) -> new DischargeRecord.Entry(v.name(), v.quality(), day(v.invitedAt()), v.answer(),
					day(v.answeredAt()), v.comment()))
			.toList();
		return new DischargeRecord(entries, this.repository.paperUploadedAt(year).map(this::dayOf).orElse(null),
				isFrozen(year));
	}

	private java.time.LocalDate day(OffsetDateTime time) {
		return (time != null) ? dayOf(time) : null;
	}

	private java.time.LocalDate dayOf(OffsetDateTime time) {
		return time.atZoneSameInstant(this.clock.getZone()).toLocalDate();
	}

	private Map<String, Object> rulesMap(DischargeRules rules) {
		return Map.of(this.texts.text("reporting.quitus.audit.field.parentRequired"),
				this.texts.text(rules.parentRequired() ? "reporting.quitus.yes" : "reporting.quitus.no"),
				this.texts.text("reporting.quitus.audit.field.paperAccepted"),
				this.texts.text(rules.paperAccepted() ? "reporting.quitus.yes" : "reporting.quitus.no"));
	}

	private static String clean(String typed) {
		return (typed == null) ? "" : typed.strip().replaceAll("\\s+", " ");
	}

	private static boolean sameEmail(String email, String other) {
		return other != null && !other.isBlank() && email.equalsIgnoreCase(other.strip());
	}

	/** A name without case, accents or extra spaces, to recognise the mandataire's. */
	static String folded(String name) {
		if (name == null) {
			return "";
		}
		return Normalizer.normalize(clean(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
