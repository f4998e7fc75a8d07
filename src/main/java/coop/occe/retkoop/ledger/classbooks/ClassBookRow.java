package coop.occe.retkoop.ledger.classbooks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import coop.occe.retkoop.ledger.advances.Advance;
import coop.occe.retkoop.shared.Money;

/**
 * A row of a class cash book as the teacher reads it: one of the class's lines, or the
 * régie the class received (or got back from the previous year) and what the mandataire
 * took back when closing it, with the class's balance after it. Refused lines leave the
 * balance unchanged.
 */
public record ClassBookRow(ClassLine line, RegieMove move, Money balance) {

	/** The régie received or closed, as a row without a line of the teacher's. */
	public record RegieMove(LocalDate date, Kind kind, Money amount) {

		public enum Kind {

			/** Paid to the teacher this year. */
			RECEIVED,
			/** Still open on 31 August of the previous year. */
			CARRIED,
			/**
			 * Expenses of the tickets the mandataire split over accounts when closing it.
			 */
			CLOSING_EXPENSES,
			/** What remained of it, brought back when the mandataire closed it. */
			CLOSED

		}

		public Money signedAmount() {
			return (this.kind == Kind.CLOSED || this.kind == Kind.CLOSING_EXPENSES) ? this.amount.negate()
					: this.amount;
		}

	}

	/**
	 * The rows of a class book; {@code closingExpenses} gives, for a closed régie, the
	 * expenses the mandataire split when closing it.
	 */
	static List<ClassBookRow> of(List<ClassLine> lines, List<Advance> advancesOfClass,
			java.util.function.Function<Advance, Money> closingExpenses) {
		record Dated(LocalDate date, int order, ClassLine line, RegieMove move) {
		}
		List<Dated> all = new ArrayList<>();
		for (Advance advance : advancesOfClass) {
			all.add(new Dated(advance.openedOn(), 0, null, new RegieMove(advance.openedOn(),
					advance.isCarried() ? RegieMove.Kind.CARRIED : RegieMove.Kind.RECEIVED, advance.amount())));
			if (!advance.isOpen() && advance.remaining().isPositive()) {
				Money expenses = closingExpenses.apply(advance);
				if (expenses.isPositive()) {
					all.add(new Dated(advance.closedOn(), 2, null,
							new RegieMove(advance.closedOn(), RegieMove.Kind.CLOSING_EXPENSES, expenses)));
				}
				Money returned = advance.remaining().minus(expenses);
				if (returned.isPositive()) {
					all.add(new Dated(advance.closedOn(), 3, null,
							new RegieMove(advance.closedOn(), RegieMove.Kind.CLOSED, returned)));
				}
			}
		}
		for (ClassLine line : lines) {
			all.add(new Dated(line.date(), 1, line, null));
		}
		all.sort(Comparator.comparing(Dated::date).thenComparing(Dated::order));
		List<ClassBookRow> rows = new ArrayList<>();
		Money balance = Money.ZERO;
		for (Dated dated : all) {
			if (dated.move() != null) {
				balance = balance.plus(dated.move().signedAmount());
			}
			else if (dated.line().state() != ClassLine.State.REFUSED) {
				balance = balance.plus(dated.line().signedAmount());
			}
			rows.add(new ClassBookRow(dated.line(), dated.move(), balance));
		}
		return rows;
	}

}
