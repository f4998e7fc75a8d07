package coop.occe.retkoop.reporting.quitus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.notifications.Mailer;
import coop.occe.retkoop.notifications.OutgoingMail;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.platform.Texts;
import coop.occe.retkoop.reporting.Deadlines;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vérificateurs' personal links: made of 32 random bytes, mailed (as a secret of the
 * mail, never kept in the outbox), only their SHA-256 stored; valid until the AD's
 * deadline, or 14 days after sending when the deadline is nearer or past; spent by the
 * answer.
 */
@Service
public class DischargeLinks {

	static final int VALID_DAYS_AT_LEAST = 14;

	static final int MAX_COMMENT = 2000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DischargeRepository repository;

	private final Discharge discharge;

	private final Directory directory;

	private final Deadlines deadlines;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	private final String baseUrl;

	DischargeLinks(DischargeRepository repository, Discharge discharge, Directory directory, Deadlines deadlines,
			Mailer mailer, AuditTrail audit, Texts texts, Clock clock, @Value("${retkoop.base-url}") String baseUrl) {
		this.repository = repository;
		this.discharge = discharge;
		this.directory = directory;
		this.deadlines = deadlines;
		this.mailer = mailer;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Where a link stands. */
	public enum LinkState {

		VALID, UNKNOWN, EXPIRED, USED, FROZEN

	}

	/** A link as its page opens it: the vérificateur only when the link names one. */
	public record Link(LinkState state, Verifier verifier) {

	}

	/**
	 * Mails a link to every vérificateur not yet invited, once at least two are named (a
	 * parent among them if the AD requires it). Returns how many were mailed.
	 */
	@Transactional
	public Result<Integer> inviteAll(FiscalYear year) {
		if (this.discharge.isFrozen(year)) {
			return Result.refused(Problem.of(null, "reporting.quitus.frozen"));
		}
		List<Verifier> verifiers = this.repository.verifiers(year);
		if (verifiers.size() < 2) {
			return Result.refused(Problem.of(null, "reporting.quitus.send.tooFew"));
		}
		if (this.discharge.rules(year.associationId(), year.schoolYear()).parentRequired()
				&& verifiers.stream().noneMatch((v) -> v.quality() == VerifierQuality.PARENT)) {
			return Result.refused(Problem.of(null, "reporting.quitus.send.noParent"));
		}
		int sent = 0;
		for (Verifier verifier : verifiers) {
			if (!verifier.invited() && invite(year, verifier, true)) {
				sent++;
			}
		}
		return Result.done(sent);
	}

	/**
	 * Mails a new link to a vérificateur who has not answered; the old link dies. Empty
	 * when the year has no such vérificateur.
	 */
	@Transactional
	public Optional<List<Problem>> resend(FiscalYear year, long verifierId) {
		Optional<Verifier> verifier = this.repository.verifier(year, verifierId);
		if (verifier.isEmpty()) {
			return Optional.empty();
		}
		if (this.discharge.isFrozen(year)) {
			return Optional.of(List.of(Problem.of(null, "reporting.quitus.frozen")));
		}
		if (!invite(year, verifier.get(), false)) {
			return Optional.of(List.of(Problem.of(null, "reporting.quitus.resend.answered", verifier.get().name())));
		}
		return Optional.of(List.of());
	}

	/** The link's vérificateur if it is still valid, or why it is not. */
	public Link open(String token) {
		Optional<Verifier> found = find(token);
		if (found.isEmpty()) {
			return new Link(LinkState.UNKNOWN, null);
		}
		Verifier verifier = found.get();
		if (verifier.answered()) {
			return new Link(LinkState.USED, verifier);
		}
		if (this.repository.isFrozen(verifier.fiscalYearId())) {
			return new Link(LinkState.FROZEN, verifier);
		}
		if (!verifier.expiresAt().isAfter(OffsetDateTime.now(this.clock))) {
			return new Link(LinkState.EXPIRED, verifier);
		}
		return new Link(LinkState.VALID, verifier);
	}

	/**
	 * Records the answer of the link's vérificateur, once. A refusal needs a comment
	 * (problem on {@code comment}); the answer must be one the page offers.
	 */
	@Transactional
	public Result<Link> answer(String token, String typedAnswer, String typedComment) {
		VerifierAnswer answer = VerifierAnswer.offered(typedAnswer).orElseThrow(() -> new NotOffered("answer"));
		String comment = (typedComment == null) ? "" : typedComment.strip();
		Link link = open(token);
		if (link.state() != LinkState.VALID) {
			return Result.done(link);
		}
		if (answer == VerifierAnswer.REFUSED && comment.isEmpty()) {
			return Result.refused(Problem.of("comment", "reporting.quitus.comment.required"));
		}
		if (comment.length() > MAX_COMMENT) {
			return Result.refused(Problem.of("comment", "reporting.quitus.comment.tooLong", MAX_COMMENT));
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// Checking and spending the link are one statement: two clicks at once record
		// once.
		if (!this.repository.answer(hash(token), answer, comment.isEmpty() ? null : comment, now)) {
			return Result.done(open(token));
		}
		Verifier verifier = link.verifier();
		this.audit.recordAs(verifier.email(), null,
				new AuditEvent(
						answer == VerifierAnswer.GIVEN ? "REPORTING_DISCHARGE_GIVEN" : "REPORTING_DISCHARGE_REFUSED",
						verifier.associationId(), verifier.cooperativeId(), this.texts
							.text("reporting.quitus.audit.verifier", verifier.name(), verifier.schoolYear().label()),
						comment.isEmpty() ? null : comment));
		return Result.done(new Link(LinkState.USED, this.repository.byTokenHash(hash(token)).orElseThrow()));
	}

	private boolean invite(FiscalYear year, Verifier verifier, boolean firstOnly) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		OffsetDateTime deadline = this.deadlines.of(year.associationId(), year.schoolYear())
			.plusDays(1)
			.atStartOfDay(this.clock.getZone())
			.toOffsetDateTime();
		OffsetDateTime atLeast = now.plusDays(VALID_DAYS_AT_LEAST);
		OffsetDateTime expires = deadline.isAfter(atLeast) ? deadline : atLeast;
		if (!this.repository.invite(verifier, hash(token), now, expires, firstOnly)) {
			return false;
		}
		CooperativeSummary coop = this.directory.cooperative(year.cooperativeId()).orElseThrow();
		String link = this.baseUrl + "/quitus/" + token;
		String lastDay = expires.minusSeconds(1).atZoneSameInstant(this.clock.getZone()).format(DAY);
		this.mailer.send(new OutgoingMail(year.associationId(), year.cooperativeId(), verifier.email(),
				this.texts.text("mail.quitus.subject", coop.name(), year.schoolYear().label()),
				this.texts.text("mail.quitus.body", verifier.name(), coop.name(), coop.mandataryName(),
						year.schoolYear().label(), link, lastDay),
				List.of(link)));
		this.audit.record(AuditEvent.of("REPORTING_DISCHARGE_INVITED", year.associationId(), year.cooperativeId(),
				this.texts.text("reporting.quitus.audit.verifier", verifier.name(), year.schoolYear().label())));
		return true;
	}

	private Optional<Verifier> find(String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return this.repository.byTokenHash(hash(token));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
