package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.shared.Problem;

/**
 * A caller's step taken in the transaction that posts an entry (lock and check a class
 * book, spend a régie, mark a class line accepted). When a step answers problems, nothing
 * is saved and the post is refused with them.
 */
public interface PostingStep {

	/** Runs before the entry is written; problems refuse the post. */
	default List<Problem> beforeInsert() {
		return List.of();
	}

	/**
	 * Runs once the entry is written, with its id and voucher; problems refuse the post.
	 */
	default List<Problem> afterInsert(PostResult posted) {
		return List.of();
	}

	/** No step at all. */
	PostingStep NONE = new PostingStep() {
	};

}
