package coop.occe.retkoop.ledger;

import java.util.ArrayList;
import java.util.List;

import coop.occe.retkoop.shared.Money;

/**
 * The lines of one entry, balanced by construction: no instance exists whose debits and
 * credits differ.
 */
public final class BalancedLines {

	/** The bank account (compte courant). */
	public static final String BANK = "512";

	/** The cash box (caisse). */
	public static final String CASH = "53";

	/** Régies d'avance. */
	public static final String ADVANCE = "467";

	private final List<Line> lines;

	private BalancedLines(List<Line> lines) {
		this.lines = List.copyOf(lines);
	}

	/** Refuses lines that are empty, contain a zero amount or do not sum to zero. */
	public static BalancedLines of(List<Line> lines) {
		if (lines.size() < 2) {
			throw new IllegalArgumentException("An entry needs at least two lines");
		}
		long sum = 0;
		for (Line line : lines) {
			if (line.amount().isZero()) {
				throw new IllegalArgumentException("A line of zero on " + line.accountCode());
			}
			sum = Math.addExact(sum, line.amount().cents());
		}
		if (sum != 0) {
			throw new IllegalArgumentException("Unbalanced entry: lines sum to " + Money.ofCents(sum));
		}
		return new BalancedLines(lines);
	}

	/**
	 * The double entry of a draft that passed every check: the treasury account on one
	 * side, the split accounts (or the other treasury account) on the other.
	 */
	public static BalancedLines of(EntryDraft draft) {
		Money amount = draft.amount();
		List<Line> lines = new ArrayList<>();
		switch (draft.operation()) {
			case EXPENSE -> {
				for (Split split : nonBlank(draft.splits())) {
					lines.add(new Line(split.accountCode(), split.amount()));
				}
				lines.add(new Line(treasury(draft), amount.negate()));
			}
			case RECEIPT -> {
				lines.add(new Line(treasury(draft), amount));
				for (Split split : nonBlank(draft.splits())) {
					lines.add(new Line(split.accountCode(), split.amount().negate()));
				}
			}
			case CASH_DEPOSIT -> {
				lines.add(new Line(BANK, amount));
				lines.add(new Line(CASH, amount.negate()));
			}
			case CASH_WITHDRAWAL -> {
				lines.add(new Line(CASH, amount));
				lines.add(new Line(BANK, amount.negate()));
			}
			case ADVANCE_PAYMENT -> {
				lines.add(new Line(ADVANCE, amount));
				lines.add(new Line(treasury(draft), amount.negate()));
			}
			case ADVANCE_RETURN -> {
				Money spent = Money.ZERO;
				for (Split split : nonBlank(draft.splits())) {
					lines.add(new Line(split.accountCode(), split.amount()));
					spent = spent.plus(split.amount());
				}
				Money remainder = amount.minus(spent);
				if (!remainder.isZero()) {
					lines.add(new Line(treasury(draft), remainder));
				}
				lines.add(new Line(ADVANCE, amount.negate()));
			}
			case ADVANCE_EXPENSE -> {
				for (Split split : nonBlank(draft.splits())) {
					lines.add(new Line(split.accountCode(), split.amount()));
				}
				lines.add(new Line(ADVANCE, amount.negate()));
			}
		}
		return of(lines);
	}

	/** The splits the mandataire filled in, without the empty rows of the form. */
	public static List<Split> nonBlank(List<Split> splits) {
		return splits.stream()
			.filter((split) -> !(split.accountCode() == null || split.accountCode().isBlank())
					|| split.amount() != null)
			.toList();
	}

	private static String treasury(EntryDraft draft) {
		return draft.throughCashBox() ? CASH : BANK;
	}

	public List<Line> lines() {
		return this.lines;
	}

	/** What these lines do to one account: the sum of its lines. */
	public Money on(String accountCode) {
		long sum = 0;
		for (Line line : this.lines) {
			if (line.accountCode().equals(accountCode)) {
				sum += line.amount().cents();
			}
		}
		return Money.ofCents(sum);
	}

}
