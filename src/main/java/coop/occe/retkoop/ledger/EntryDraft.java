package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.List;

import coop.occe.retkoop.shared.Money;

/**
 * An operation as the mandataire describes it, before it is checked and turned into
 * balanced lines. Any field may be missing or wrong: the checks say which.
 */
public record EntryDraft(Operation operation, LocalDate date, String label, PaymentMeans means, String chequeNumber,
		Money amount, List<Split> splits, String idempotencyKey, Long projectId) {

	/** A draft tagged with no project. */
	public EntryDraft(Operation operation, LocalDate date, String label, PaymentMeans means, String chequeNumber,
			Money amount, List<Split> splits, String idempotencyKey) {
		this(operation, date, label, means, chequeNumber, amount, splits, idempotencyKey, null);
	}

	public EntryDraft {
		label = (label == null) ? "" : label.strip();
		chequeNumber = (chequeNumber == null) ? "" : chequeNumber.strip();
		splits = (splits == null) ? List.of() : List.copyOf(splits);
	}

	/** True when the money moves through the cash box rather than the bank. */
	public boolean throughCashBox() {
		return this.means != null && this.means.throughCashBox();
	}

}
