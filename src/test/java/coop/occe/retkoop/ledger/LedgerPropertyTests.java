package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.internal.DefaultChart;
import coop.occe.retkoop.ledger.internal.EntryChecks;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the double entry over random operations of a school year.
 */
class LedgerPropertyTests {

	static final SchoolYear YEAR = new SchoolYear(2026);

	static final Map<String, Account> CHART = DefaultChart.ACCOUNTS.stream()
		.collect(Collectors.toMap(Account::code, Function.identity()));

	static final EntryChecks.Context CONTEXT = new EntryChecks.Context(YEAR, false, CHART,
			LedgerSettings.DEFAULT_ADVANCE_CEILING);

	@Property
	void theLinesOfEveryEntrySumToZero(@ForAll("drafts") EntryDraft draft) {
		assertThat(EntryChecks.check(draft, CONTEXT)).isEmpty();
		BalancedLines lines = BalancedLines.of(draft);
		assertThat(lines.lines().stream().mapToLong((line) -> line.amount().cents()).sum()).isZero();
		assertThat(lines.lines()).allMatch((line) -> !line.amount().isZero());
	}

	@Property
	void holdingsEqualOpeningBalancesPlusProductsMinusChargesAtAnyDate(
			@ForAll @Size(max = 40) List<@net.jqwik.api.From("drafts") EntryDraft> drafts,
			@ForAll @LongRange(min = -1_000_000, max = 10_000_000) long openingBank,
			@ForAll @LongRange(min = 0, max = 1_000_000) long openingCash,
			@ForAll @LongRange(min = 0, max = 100_000) long openingAdvances,
			@ForAll @IntRange(min = 0, max = 364) int day) {
		LocalDate date = YEAR.firstDay().plusDays(day);
		Map<String, Long> sums = new HashMap<>();
		for (EntryDraft draft : drafts) {
			if (!draft.date().isAfter(date)) {
				for (Line line : BalancedLines.of(draft).lines()) {
					sums.merge(line.accountCode(), line.amount().cents(), Long::sum);
				}
			}
		}
		Position position = Position.of(date, Money.ofCents(openingBank), Money.ofCents(openingCash),
				Money.ofCents(openingAdvances), sums, CHART);
		assertThat(position.holdings()).isEqualTo(Money.ofCents(openingBank + openingCash + openingAdvances)
			.plus(position.totalProducts())
			.minus(position.totalCharges()));
		assertThat(position.holdings()).isEqualTo(position.openingHoldings().plus(position.result()));
	}

	@Property
	void theRégieIsAMeansOnlyOfExpensesSpentFromIt(@ForAll("drafts") EntryDraft draft) {
		EntryDraft withRégie = new EntryDraft(draft.operation(), draft.date(), draft.label(), PaymentMeans.ADVANCE, "",
				draft.amount(), draft.splits(), null);
		List<String> codes = EntryChecks.check(withRégie, CONTEXT).stream().map(Problem::code).toList();
		if (draft.operation() == Operation.ADVANCE_EXPENSE) {
			assertThat(codes).isEmpty();
		}
		else {
			assertThat(codes).contains("ledger.means.advanceNotHere");
		}
	}

	@Property
	void aSplitThatDoesNotAddUpIsRefused(@ForAll("drafts") EntryDraft draft,
			@ForAll @LongRange(min = 1, max = 10_000) long extra) {
		if (!draft.operation().splitMustAddUp()) {
			return;
		}
		EntryDraft wrong = new EntryDraft(draft.operation(), draft.date(), draft.label(), draft.means(),
				draft.chequeNumber(), draft.amount().plus(Money.ofCents(extra)), draft.splits(), null);
		assertThat(EntryChecks.check(wrong, CONTEXT)).extracting(Problem::code).contains("ledger.splits.sumDiffers");
	}

	@Provide
	Arbitrary<EntryDraft> drafts() {
		Arbitrary<Operation> operations = Arbitraries.of(Operation.class);
		Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 364).map((d) -> YEAR.firstDay().plusDays(d));
		Arbitrary<PaymentMeans> means = Arbitraries.of(PaymentMeans.OF_CASH_BOOK);
		Arbitrary<List<Long>> parts = Arbitraries.longs().between(1, 500_000).list().ofMinSize(1).ofMaxSize(4);
		Arbitrary<String> charges = Arbitraries.of(codes(AccountKind.CHARGE));
		Arbitrary<String> products = Arbitraries.of(codes(AccountKind.PRODUCT));
		return Combinators.combine(operations, dates, means, parts, charges.list().ofSize(4), products.list().ofSize(4))
			.as((operation, date, mean, amounts, chargeCodes, productCodes) -> {
				long spent = amounts.stream().mapToLong(Long::longValue).sum();
				long total = switch (operation) {
					case ADVANCE_PAYMENT -> 1 + spent % LedgerSettings.DEFAULT_ADVANCE_CEILING.cents();
					case ADVANCE_RETURN -> spent + amounts.get(0) % 3;
					default -> spent;
				};
				List<Split> splits = new ArrayList<>();
				if (!operation.isInternal()) {
					for (int i = 0; i < amounts.size(); i++) {
						String code = (operation.splitKind() == AccountKind.CHARGE) ? chargeCodes.get(i)
								: productCodes.get(i);
						splits.add(new Split(code, Money.ofCents(amounts.get(i))));
					}
				}
				PaymentMeans paid = (operation == Operation.ADVANCE_EXPENSE) ? PaymentMeans.ADVANCE
						: operation.needsMeans() ? mean : null;
				return new EntryDraft(operation, date, "Opération", paid, (paid == PaymentMeans.CHEQUE) ? "1001" : "",
						Money.ofCents(total), splits, null);
			});
	}

	private static List<String> codes(AccountKind kind) {
		return DefaultChart.ACCOUNTS.stream().filter((a) -> a.kind() == kind).map(Account::code).toList();
	}

}
