package coop.occe.retkoop.reporting.sending;

/**
 * Where a cooperative's CRF of a year stands with its AD. Its label is the message
 * {@code crf.state.<NAME>}.
 */
public enum CrfState {

	/** Never sent: the mandataire is still keeping the year's books. */
	IN_PROGRESS,
	/** Sent: the year is closed, the AD reads it. */
	SENT,
	/** Accepted by the AD: the year stays closed. */
	VALIDATED,
	/** Handed back by the AD with a comment: the year is open again for corrections. */
	RETURNED,
	/**
	 * Unlocked by the AD: the year is open again; the next sending makes a new version.
	 */
	UNLOCKED;

	/** Whether the mandataire may send it (again). */
	public boolean sendable() {
		return this == IN_PROGRESS || this == RETURNED || this == UNLOCKED;
	}

	/** Whether the year is locked: sent and not handed back. */
	public boolean locked() {
		return this == SENT || this == VALIDATED;
	}

}
