package coop.occe.retkoop.reporting.sending;

import java.time.OffsetDateTime;

import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * A cooperative's CRF of one school year as its AD sees it. Its state changes only
 * through the transition methods, which refuse what the current state does not allow.
 *
 * @param versions how many versions were sent (the last one's number)
 * @param returnComment the AD's comment when it returned the CRF
 * @param unlockReason why the mandataire asks to unlock, while the request waits
 */
public record Crf(long id, long fiscalYearId, long associationId, long cooperativeId, SchoolYear schoolYear,
		CrfState state, int versions, String returnComment, String unlockReason, OffsetDateTime unlockRequestedAt) {

	/** The longest comment or reason kept. */
	public static final int MAX_TEXT = 1000;

	static Crf inProgress(long fiscalYearId, long associationId, long cooperativeId, SchoolYear year) {
		return new Crf(0, fiscalYearId, associationId, cooperativeId, year, CrfState.IN_PROGRESS, 0, null, null, null);
	}

	/** Whether the mandataire asked to unlock and the AD has not answered yet. */
	public boolean unlockRequested() {
		return this.unlockRequestedAt != null;
	}

	/** The number the next sending gives its version. */
	public int nextVersion() {
		return this.versions + 1;
	}

	/** Sent by the mandataire: a new version, the year closed. */
	Result<Crf> sent() {
		if (!this.state.sendable()) {
			return refused("crf.error.alreadySent", this.versions);
		}
		return Result.done(with(CrfState.SENT, this.versions + 1, this.returnComment, null, null));
	}

	/** Accepted by the AD. */
	Result<Crf> validated() {
		if (this.state != CrfState.SENT) {
			return refused("crf.error.notSent");
		}
		return Result.done(with(CrfState.VALIDATED, this.versions, null, this.unlockReason, this.unlockRequestedAt));
	}

	/** Handed back by the AD with its comment, for the mandataire to correct. */
	Result<Crf> returned(String comment) {
		if (isBlank(comment)) {
			return Result.refused(Problem.of("reason", "crf.error.commentRequired"));
		}
		if (this.state != CrfState.SENT) {
			return refused("crf.error.notSent");
		}
		return Result.done(with(CrfState.RETURNED, this.versions, clean(comment), null, null));
	}

	/** The mandataire asks the AD to unlock a sent or validated CRF. */
	Result<Crf> unlockAsked(String reason, OffsetDateTime now) {
		if (isBlank(reason)) {
			return Result.refused(Problem.of("reason", "crf.error.reasonRequired"));
		}
		if (!this.state.locked()) {
			return refused("crf.error.notLocked");
		}
		if (unlockRequested()) {
			return refused("crf.error.alreadyRequested");
		}
		return Result.done(with(this.state, this.versions, this.returnComment, clean(reason), now));
	}

	/**
	 * Unlocked by the AD, at the mandataire's request or on its own initiative (then with
	 * a reason).
	 */
	Result<Crf> unlocked(String reason) {
		if (!unlockRequested() && isBlank(reason)) {
			return Result.refused(Problem.of("reason", "crf.error.reasonRequired"));
		}
		if (!this.state.locked()) {
			return refused("crf.error.notLocked");
		}
		return Result.done(with(CrfState.UNLOCKED, this.versions, null, null, null));
	}

	private Crf with(CrfState newState, int newVersions, String comment, String reason, OffsetDateTime requestedAt) {
		return new Crf(this.id, this.fiscalYearId, this.associationId, this.cooperativeId, this.schoolYear, newState,
				newVersions, comment, reason, requestedAt);
	}

	private static Result<Crf> refused(String code, Object... arguments) {
		return Result.refused(Problem.of(null, code, arguments));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String clean(String text) {
		String stripped = text.strip();
		return (stripped.length() > MAX_TEXT) ? stripped.substring(0, MAX_TEXT) : stripped;
	}

}
