package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.List;

import coop.occe.retkoop.shared.Money;

/**
 * A recorded entry with its double-entry lines (the expert view).
 */
public record EntryView(long id, String voucher, LocalDate date, String label, Operation operation, PaymentMeans means,
		String chequeNumber, Money amount, boolean cancelled, int version, List<Line> lines, Long projectId) {

	/** The lines on charge or product accounts, i.e. how the amount was split. */
	public List<Split> splits() {
		return this.lines.stream()
			.filter((line) -> line.accountCode().startsWith("6") || line.accountCode().startsWith("7"))
			.map((line) -> new Split(line.accountCode(),
					(this.operation == Operation.RECEIPT) ? line.amount().negate() : line.amount()))
			.toList();
	}

}
