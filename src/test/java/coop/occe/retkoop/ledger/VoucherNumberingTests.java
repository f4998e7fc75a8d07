package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Voucher numbers stay unique and gapless when several people save at the same instant
 * (run on H2 and, with -Ppostgres, on PostgreSQL).
 */
class VoucherNumberingTests extends WebTestSupport {

	static final int THREADS = 8;

	static final int POSTS_PER_THREAD = 10;

	@Autowired
	Ledger ledger;

	@Test
	void parallelPostsInOneSequenceGetEveryNumberExactlyOnce() throws Exception {
		FiscalYear year = openYear(VoucherStyle.SINGLE);
		List<String> vouchers = postInParallel(year, (thread, i) -> Operation.RECEIPT);
		assertThat(vouchers).hasSize(THREADS * POSTS_PER_THREAD)
			.containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, THREADS * POSTS_PER_THREAD).mapToObj(Integer::toString).toList());
	}

	@Test
	void parallelPostsInReceiptAndExpenseSeriesGetGaplessSeries() throws Exception {
		FiscalYear year = openYear(VoucherStyle.SERIES);
		List<String> vouchers = postInParallel(year,
				(thread, i) -> (thread % 2 == 0) ? Operation.RECEIPT : Operation.EXPENSE);
		int each = THREADS / 2 * POSTS_PER_THREAD;
		List<String> expected = new ArrayList<>();
		for (int n = 1; n <= each; n++) {
			expected.add(String.format("R%02d", n));
			expected.add(String.format("D%02d", n));
		}
		assertThat(vouchers).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aRefusedDraftTakesNoNumber() {
		FiscalYear year = openYear(VoucherStyle.SINGLE);
		assertThat(this.ledger.post(year, draft(Operation.RECEIPT, "7562", Money.ZERO)).isPosted()).isFalse();
		assertThat(this.ledger.post(year, draft(Operation.RECEIPT, "7562", Money.of("3"))).voucher()).isEqualTo("1");
	}

	interface OperationChoice {

		Operation of(int thread, int index);

	}

	private List<String> postInParallel(FiscalYear year, OperationChoice choice) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		List<String> vouchers = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				done.add(pool.submit((Callable<Void>) () -> {
					start.await();
					for (int i = 0; i < POSTS_PER_THREAD; i++) {
						Operation operation = choice.of(thread, i);
						PostResult result = this.ledger.post(year,
								draft(operation, (operation == Operation.RECEIPT) ? "7562" : "6068", Money.of("1.5")));
						assertThat(result.problems()).isEmpty();
						vouchers.add(result.voucher());
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<String> stored = this.jdbc.sql("SELECT voucher FROM ledger_entry WHERE fiscal_year_id = ?")
			.param(year.id())
			.query(String.class)
			.list();
		assertThat(stored).containsExactlyInAnyOrderElementsOf(vouchers);
		return vouchers;
	}

	private FiscalYear openYear(VoucherStyle style) {
		TestCooperative coop = this.data.readyCooperative(this.data.association("OCCE Parallèle"),
				"Coopérative Parallèle");
		return this.ledger.openYear(coop.id(), new SchoolYear(2026), Money.ZERO, Money.of("1000"), style).orElseThrow();
	}

	private static EntryDraft draft(Operation operation, String account, Money amount) {
		return new EntryDraft(operation, LocalDate.of(2026, 9, 15), "En même temps", PaymentMeans.CASH, "", amount,
				List.of(new Split(account, amount)), null);
	}

}
