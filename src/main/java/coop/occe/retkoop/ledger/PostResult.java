package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.shared.Problem;

/**
 * What became of a draft: posted with its voucher number, already posted earlier with the
 * same idempotency key (a double click), or refused with its problems.
 */
public record PostResult(Long entryId, String voucher, boolean alreadyPosted, List<Problem> problems) {

	public static PostResult posted(long entryId, String voucher) {
		return new PostResult(entryId, voucher, false, List.of());
	}

	public static PostResult replayed(long entryId, String voucher) {
		return new PostResult(entryId, voucher, true, List.of());
	}

	public static PostResult refused(List<Problem> problems) {
		return new PostResult(null, null, false, List.copyOf(problems));
	}

	/** Done without an entry (a régie closed with nothing left to bring back). */
	public static PostResult nothingToPost() {
		return new PostResult(null, null, false, List.of());
	}

	/** Whether it was done, with or without an entry. */
	public boolean isDone() {
		return this.problems.isEmpty();
	}

	public boolean isPosted() {
		return this.entryId != null;
	}

}
