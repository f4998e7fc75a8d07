package coop.occe.retkoop.ledger.seal;

import java.time.LocalDate;
import java.util.List;

/** An entry of the year as the seal reads it, with its lines in their order. */
record SealedEntry(long id, String voucher, LocalDate date, String label, String operation, String means,
		String chequeNumber, boolean cancelled, List<SealedLine> lines) {

	/** One line: its account and its amount in cents (debit positive). */
	record SealedLine(String account, long cents) {

	}

}
