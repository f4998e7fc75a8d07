package coop.occe.retkoop.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.BalancedLines;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.IdempotencyKeys;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * Every rule a draft must follow before it becomes an entry, as small named checks. They
 * all run, so that every problem is reported at once; a draft is posted only when none
 * reports anything.
 */
public final class EntryChecks {

	/** What the checks know besides the draft: the year and the chart. */
	public record Context(SchoolYear year, boolean closed, Map<String, Account> chart, Money advanceCeiling) {

	}

	/** A named rule that adds the problems it finds. */
	public record Check(String name, BiConsumer<Context, Draft> rule) {

	}

	/** The draft being checked and the problems found so far. */
	public record Draft(EntryDraft entry, List<Problem> problems) {

		void report(String field, String code, Object... arguments) {
			this.problems.add(Problem.of(field, code, arguments));
		}

	}

	public static final int MAX_LABEL = 200;

	public static final List<Check> ALL = List.of(new Check("the year is still open", (context, draft) -> {
		if (context.closed()) {
			draft.report(null, "ledger.year.closed", context.year().label());
		}
	}), new Check("an operation is chosen", (context, draft) -> {
		if (draft.entry().operation() == null) {
			draft.report("operation", "ledger.operation.required");
		}
	}), new Check("the date is inside the school year", (context, draft) -> {
		var date = draft.entry().date();
		if (date == null) {
			draft.report("date", "ledger.date.required");
		}
		else if (!context.year().contains(date)) {
			draft.report("date", "ledger.date.outsideYear", context.year().label());
		}
	}), new Check("the idempotency key fits its column", (context, draft) -> {
		String key = draft.entry().idempotencyKey();
		if (key != null && key.length() > IdempotencyKeys.MAX_LENGTH) {
			draft.report(null, "ledger.key.invalid");
		}
	}), new Check("the label says what it is", (context, draft) -> {
		if (draft.entry().label().isEmpty()) {
			draft.report("label", "ledger.label.required");
		}
		else if (draft.entry().label().length() > MAX_LABEL) {
			draft.report("label", "ledger.label.tooLong", MAX_LABEL);
		}
	}), new Check("the amount is positive", (context, draft) -> {
		Money amount = draft.entry().amount();
		if (amount == null) {
			draft.report("amount", "ledger.amount.required");
		}
		else if (!amount.isPositive()) {
			draft.report("amount", "ledger.amount.positive");
		}
		else if (amount.cents() > 100_000_000_00L) {
			draft.report("amount", "ledger.amount.tooLarge");
		}
	}), new Check("receipts and expenses say how they were paid", (context, draft) -> {
		Operation operation = draft.entry().operation();
		if (operation != null && operation.needsMeans() && draft.entry().means() == null) {
			draft.report("means", "ledger.means.required");
		}
	}), new Check("a régie pays only the expenses spent from it", (context, draft) -> {
		Operation operation = draft.entry().operation();
		boolean fromAdvance = draft.entry().means() == PaymentMeans.ADVANCE;
		if (operation == Operation.ADVANCE_EXPENSE && !fromAdvance) {
			draft.report("means", "ledger.means.advanceRequired");
		}
		else if (fromAdvance && operation != null && operation != Operation.ADVANCE_EXPENSE) {
			draft.report("means", "ledger.means.advanceNotHere");
		}
	}), new Check("a cheque has its number", (context, draft) -> {
		if (draft.entry().means() == PaymentMeans.CHEQUE && draft.entry().chequeNumber().isEmpty()) {
			draft.report("chequeNumber", "ledger.chequeNumber.required");
		}
		else if (draft.entry().chequeNumber().length() > 20) {
			draft.report("chequeNumber", "ledger.chequeNumber.tooLong");
		}
	}), new Check("internal movements are not split over accounts", (context, draft) -> {
		Operation operation = draft.entry().operation();
		if (operation != null && operation.isInternal() && !BalancedLines.nonBlank(draft.entry().splits()).isEmpty()) {
			draft.report("parts", "ledger.splits.notForInternal");
		}
	}), new Check("receipts and expenses are split over at least one account", (context, draft) -> {
		Operation operation = draft.entry().operation();
		// A régie may come back whole, without any expense.
		if (operation != null && !operation.isInternal() && operation != Operation.ADVANCE_RETURN
				&& BalancedLines.nonBlank(draft.entry().splits()).isEmpty()) {
			draft.report("parts", "ledger.splits.required");
		}
	}), new Check("each part names a known, active account of the right kind", (context, draft) -> {
		Operation operation = draft.entry().operation();
		if (operation == null || operation.isInternal()) {
			return;
		}
		List<Split> splits = draft.entry().splits();
		for (int i = 0; i < splits.size(); i++) {
			Split split = splits.get(i);
			String code = (split.accountCode() == null) ? "" : split.accountCode().strip();
			if (code.isEmpty()) {
				if (split.amount() != null) {
					draft.report(partField(i, "account"), "ledger.split.accountRequired");
				}
				continue;
			}
			Account account = context.chart().get(code);
			if (account == null) {
				draft.report(partField(i, "account"), "ledger.split.accountUnknown", code);
			}
			else if (!account.active()) {
				draft.report(partField(i, "account"), "ledger.split.accountInactive", account.display());
			}
			else if (account.kind() != operation.splitKind()) {
				draft.report(partField(i, "account"), (operation.splitKind() == AccountKind.CHARGE)
						? "ledger.split.notACharge" : "ledger.split.notAProduct", account.display());
			}
		}
	}), new Check("each part has a positive amount", (context, draft) -> {
		List<Split> splits = draft.entry().splits();
		for (int i = 0; i < splits.size(); i++) {
			Split split = splits.get(i);
			boolean hasAccount = split.accountCode() != null && !split.accountCode().isBlank();
			if (split.amount() == null && hasAccount) {
				draft.report(partField(i, "amount"), "ledger.split.amountRequired");
			}
			else if (split.amount() != null && !split.amount().isPositive()) {
				draft.report(partField(i, "amount"), "ledger.split.amountPositive");
			}
		}
	}), new Check("the parts add up to the amount", (context, draft) -> {
		Operation operation = draft.entry().operation();
		Money amount = draft.entry().amount();
		List<Split> splits = BalancedLines.nonBlank(draft.entry().splits());
		if (operation == null || operation.isInternal() || amount == null || splits.isEmpty()
				|| splits.stream().anyMatch((split) -> split.amount() == null)) {
			return;
		}
		Money sum = splits.stream().map(Split::amount).reduce(Money.ZERO, Money::plus);
		if (operation.splitMustAddUp() && !sum.equals(amount)) {
			draft.report("parts", "ledger.splits.sumDiffers", sum.format(), amount.format());
		}
		else if (operation == Operation.ADVANCE_RETURN && sum.compareTo(amount) > 0) {
			draft.report("parts", "ledger.advance.spentMoreThanAdvanced", sum.format(), amount.format());
		}
	}), new Check("a régie stays under the ceiling", (context, draft) -> {
		Money amount = draft.entry().amount();
		if (draft.entry().operation() == Operation.ADVANCE_PAYMENT && amount != null
				&& amount.compareTo(context.advanceCeiling()) > 0) {
			draft.report("amount", "ledger.advance.overCeiling", context.advanceCeiling().format());
		}
	}));

	private EntryChecks() {
	}

	/** The field of a part of the split, as the form names it. */
	public static String partField(int index, String property) {
		return "parts[" + index + "]." + property;
	}

	/** Runs every check and returns all the problems found. */
	public static List<Problem> check(EntryDraft entry, Context context) {
		Draft draft = new Draft(entry, new ArrayList<>());
		for (Check check : ALL) {
			check.rule().accept(context, draft);
		}
		return List.copyOf(draft.problems());
	}

}
