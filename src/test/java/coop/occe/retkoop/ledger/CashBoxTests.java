package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cash box never holds less than nothing, at any date: whatever is posted,
 * back-dated, corrected or cancelled, and when two mandataires post at once.
 */
class CashBoxTests extends WebTestSupport {

	static final SchoolYear YEAR = new SchoolYear(2026);

	@Autowired
	Ledger ledger;

	@Autowired
	Advances advances;

	TestCooperative coop;

	FiscalYear year;

	@BeforeEach
	void setUp() {
		this.coop = this.data.readyCooperative(this.data.association("OCCE Caisse"), "Coopérative de la Caisse");
		this.year = this.ledger.openYear(this.coop.id(), YEAR, Money.of("1000"), Money.ZERO, VoucherStyle.SERIES)
			.orElseThrow();
	}

	@Test
	void refusesACashExpenseLargerThanTheCashBoxAndSaysWhatItHeld() {
		assertThat(post(cash(Operation.RECEIPT, "12/11/2026", "89.60")).isPosted()).isTrue();
		PostResult refused = post(cash(Operation.EXPENSE, "12/11/2026", "500"));
		assertThat(refused.problems())
			.containsExactly(Problem.of("amount", "ledger.cash.notEnough", Money.of("89.60").format(), "12/11/2026"));
		assertThat(cashOn("31/08/2027")).isEqualTo(Money.of("89.60"));
		assertThat(post(cash(Operation.EXPENSE, "12/11/2026", "89.60")).isPosted()).isTrue();
		assertThat(cashOn("31/08/2027")).isEqualTo(Money.ZERO);
		assertThat(post(bank(Operation.EXPENSE, "12/11/2026", "500")).isPosted()).as("by cheque").isTrue();
	}

	@Test
	void refusesARégiePaidInCashWithoutTheCash() {
		post(cash(Operation.RECEIPT, "02/10/2026", "89.60"));
		EntryDraft régie = new EntryDraft(Operation.ADVANCE_PAYMENT, date("05/10/2026"), "Régie d’avance : Mme Martin",
				PaymentMeans.CASH, "", Money.of("150"), List.of(), null);
		PostResult refused = this.advances.openAdvance(this.year, "Mme Martin", régie);
		assertThat(refused.problems())
			.containsExactly(Problem.of("amount", "ledger.cash.notEnough", Money.of("89.60").format(), "05/10/2026"));
		assertThat(this.advances.advances(this.year)).isEmpty();
		assertThat(cashOn("31/08/2027")).isEqualTo(Money.of("89.60"));
	}

	@Test
	void refusesABackDatedExpenseThatEmptiesALaterDate() {
		post(cash(Operation.RECEIPT, "01/10/2026", "100"));
		post(cash(Operation.EXPENSE, "15/10/2026", "80"));
		PostResult refused = post(cash(Operation.EXPENSE, "05/10/2026", "50"));
		assertThat(refused.problems())
			.containsExactly(Problem.of("amount", "ledger.cash.notEnough", Money.of("20").format(), "15/10/2026"));
		assertThat(post(cash(Operation.EXPENSE, "05/10/2026", "20")).isPosted()).isTrue();
		assertThat(cashOn("15/10/2026")).isEqualTo(Money.ZERO);
	}

	@Test
	void refusesACashDepositOfMoreThanTheCashBox() {
		post(cash(Operation.RECEIPT, "01/10/2026", "30"));
		EntryDraft deposit = new EntryDraft(Operation.CASH_DEPOSIT, date("02/10/2026"), "Dépôt", null, "",
				Money.of("40"), List.of(), null);
		assertThat(post(deposit).problems()).extracting(Problem::code).containsExactly("ledger.cash.notEnough");
	}

	@Test
	void refusesCancellingACashReceiptThatALaterExpenseSpent() {
		PostResult receipt = post(cash(Operation.RECEIPT, "01/10/2026", "100"));
		post(cash(Operation.EXPENSE, "15/10/2026", "80"));
		PostResult refused = this.ledger.cancel(this.year, receipt.entryId(), 0);
		assertThat(refused.problems())
			.containsExactly(Problem.of(null, "ledger.cash.wouldBeNegative", Money.of("-80").format(), "15/10/2026"));
		assertThat(this.ledger.entry(this.year, receipt.entryId()).orElseThrow().cancelled()).isFalse();
		assertThat(cashOn("15/10/2026")).isEqualTo(Money.of("20"));
	}

	@Test
	void refusesACorrectionThatSpendsMoreCashThanTheBoxHeld() {
		post(cash(Operation.RECEIPT, "01/10/2026", "89.60"));
		PostResult expense = post(cash(Operation.EXPENSE, "12/10/2026", "50"));
		PostResult refused = this.ledger.correct(this.year, expense.entryId(), 0,
				cash(Operation.EXPENSE, "12/10/2026", "500"));
		assertThat(refused.problems())
			.containsExactly(Problem.of("amount", "ledger.cash.notEnough", Money.of("89.60").format(), "12/10/2026"));
		assertThat(cashOn("31/08/2027")).isEqualTo(Money.of("39.60"));
		assertThat(this.ledger.correct(this.year, expense.entryId(), 0, cash(Operation.EXPENSE, "12/10/2026", "89.60"))
			.isPosted()).isTrue();
	}

	@Test
	void refusesMovingACashReceiptAfterTheExpenseItPaidFor() {
		PostResult receipt = post(cash(Operation.RECEIPT, "01/10/2026", "100"));
		post(cash(Operation.EXPENSE, "15/10/2026", "80"));
		PostResult refused = this.ledger.correct(this.year, receipt.entryId(), 0,
				cash(Operation.RECEIPT, "20/10/2026", "100"));
		assertThat(refused.problems()).containsExactly(
				Problem.of("amount", "ledger.cash.wouldBeNegative", Money.of("-80").format(), "15/10/2026"));
		assertThat(this.ledger.correct(this.year, receipt.entryId(), 0, cash(Operation.RECEIPT, "10/10/2026", "100"))
			.isPosted()).isTrue();
	}

	/**
	 * Random cash operations (back-dated, corrected, cancelled), each accepted or
	 * refused: after each, the balance is at least zero at every date of the year.
	 */
	@Test
	void randomOperationsNeverLeaveTheCashBoxNegativeAtAnyDate() {
		for (long seed = 1; seed <= 4; seed++) {
			Random random = new Random(seed);
			List<Long> live = new ArrayList<>();
			int accepted = 0;
			int refused = 0;
			for (int step = 0; step < 25; step++) {
				int kind = random.nextInt(live.isEmpty() ? 7 : 10);
				LocalDate date = YEAR.firstDay().plusDays(random.nextInt(120));
				Money amount = Money.ofCents(1 + random.nextInt(8000));
				PostResult result;
				if (kind < 3) {
					result = post(cash(Operation.RECEIPT, date, amount));
				}
				else if (kind < 7) {
					Operation out = (kind == 6) ? Operation.CASH_DEPOSIT : Operation.EXPENSE;
					result = post(cash(out, date, amount));
				}
				else {
					long id = live.get(random.nextInt(live.size()));
					EntryView entry = this.ledger.entry(this.year, id).orElseThrow();
					result = (kind == 9) ? this.ledger.cancel(this.year, id, entry.version()) : this.ledger
						.correct(this.year, id, entry.version(), cash(entry.operation(), date, amount));
					if (kind == 9 && result.isDone()) {
						live.remove(Long.valueOf(id));
					}
				}
				if (kind < 7 && result.isPosted()) {
					live.add(result.entryId());
				}
				if (result.isDone()) {
					accepted++;
				}
				else {
					refused++;
					assertThat(result.problems()).extracting(Problem::code)
						.containsAnyOf("ledger.cash.notEnough", "ledger.cash.wouldBeNegative");
				}
				assertNeverNegative("seed " + seed + " step " + step);
			}
			assertThat(accepted).as("seed %s accepted", seed).isPositive();
			assertThat(refused).as("seed %s refused", seed).isPositive();
		}
	}

	/**
	 * Two mandataires post cash expenses at the same moment; each fits in the box, both
	 * do not: one is accepted, the other refused.
	 */
	@Test
	void twoCashExpensesPostedAtOnceCannotBothEmptyTheBox() throws Exception {
		for (int round = 0; round < 5; round++) {
			Money topUp = Money.of("100").minus(cashOn("31/08/2027"));
			post(cash(Operation.RECEIPT, date("01/10/2026"), topUp));
			CountDownLatch start = new CountDownLatch(1);
			Callable<PostResult> expense = () -> {
				start.await();
				return post(cash(Operation.EXPENSE, date("10/10/2026"), Money.of("60")));
			};
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				Future<PostResult> first = pool.submit(expense);
				Future<PostResult> second = pool.submit(expense);
				start.countDown();
				List<PostResult> results = List.of(first.get(), second.get());
				assertThat(results).filteredOn(PostResult::isPosted).hasSize(1);
				assertThat(cashOn("31/08/2027")).isEqualTo(Money.of("40"));
			}
			finally {
				pool.shutdown();
			}
		}
	}

	private void assertNeverNegative(String when) {
		TreeSet<LocalDate> dates = new TreeSet<>(
				this.jdbc.sql("SELECT DISTINCT entry_date FROM ledger_entry WHERE fiscal_year_id = ?")
					.param(this.year.id())
					.query(LocalDate.class)
					.list());
		dates.add(YEAR.firstDay());
		for (LocalDate date : dates) {
			assertThat(this.ledger.position(this.year, date).cash().isNegative()).as("%s: cash on %s", when, date)
				.isFalse();
		}
	}

	private PostResult post(EntryDraft draft) {
		return this.ledger.post(this.year, draft);
	}

	private Money cashOn(String date) {
		return this.ledger.position(this.year, date(date)).cash();
	}

	private static EntryDraft cash(Operation operation, String date, String amount) {
		return cash(operation, date(date), Money.of(amount));
	}

	private static EntryDraft cash(Operation operation, LocalDate date, Money amount) {
		if (operation == Operation.CASH_DEPOSIT) {
			return new EntryDraft(operation, date, "Dépôt", null, "", amount, List.of(), null);
		}
		String account = (operation == Operation.RECEIPT) ? "7562" : "6068";
		return new EntryDraft(operation, date, "Espèces", PaymentMeans.CASH, "", amount,
				List.of(new Split(account, amount)), null);
	}

	private static EntryDraft bank(Operation operation, String date, String amount) {
		return new EntryDraft(operation, date(date), "Chèque", PaymentMeans.CHEQUE, "1234", Money.of(amount),
				List.of(new Split("6068", Money.of(amount))), null);
	}

	private static LocalDate date(String text) {
		String[] parts = text.split("/");
		return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
	}

}
