package coop.occe.retkoop.reporting;

import java.util.List;

import coop.occe.retkoop.shared.Problem;

/**
 * Where one year-end check stands for a cooperative's year: its name (title
 * {@code yearend.check.<name>}), the page that fixes it, what remains to do, and whether
 * the AD makes it block sending or only warn.
 */
public record CheckOutcome(String name, String fixPath, List<Problem> remaining, boolean blocking) {

	public CheckOutcome {
		remaining = List.copyOf(remaining);
	}

	public boolean passed() {
		return this.remaining.isEmpty();
	}

	/** Failed and blocks sending. */
	public boolean blocks() {
		return this.blocking && !passed();
	}

}
