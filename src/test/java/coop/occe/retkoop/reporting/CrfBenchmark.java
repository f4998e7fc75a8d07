package coop.occe.retkoop.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Computing the CRF ({@link FinancialReports#of}) of a year of 5 000 entries: target p95
 * < 10 ms, since it reads totals per account and never re-adds every line. Not part of
 * the normal build (its name does not end in Tests):
 * {@code ./mvnw -o test -Dtest=CrfBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false | grep '=='}.
 */
class CrfBenchmark extends WebTestSupport {

	static final SchoolYear YEAR = new SchoolYear(2026);

	static final int ENTRIES = 5_000;

	static final int WARMUP = 100;

	static final int SAMPLES = 500;

	@Autowired
	Ledger ledger;

	@Autowired
	FinancialReports reports;

	@Test
	void theCrfOfAYearWith5000Entries() {
		TestCooperative coop = this.data.readyCooperative(this.data.association("OCCE Banc du CRF"),
				"Coopérative Banc du CRF");
		FiscalYear year = this.ledger
			.openYear(coop.id(), YEAR, Money.euros(2_000), Money.euros(100), VoucherStyle.SERIES)
			.orElseThrow();
		for (int i = 0; i < ENTRIES; i++) {
			assertThat(this.ledger.post(year, draft(i)).isPosted()).isTrue();
		}
		List<Long> samples = new ArrayList<>();
		for (int i = 0; i < WARMUP + SAMPLES; i++) {
			long t0 = System.nanoTime();
			FinancialReport report = this.reports.of(year);
			long elapsed = System.nanoTime() - t0;
			assertThat(report.isBalanced()).isTrue();
			if (i >= WARMUP) {
				samples.add(elapsed);
			}
		}
		long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
		double p50 = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
		double max = sorted[sorted.length - 1] / 1e6;
		System.out.printf(Locale.ROOT,
				"%n== CRF of a year of %d entries (FinancialReports.of): p50 %.2f ms  p95 %.2f ms  max %.2f ms"
						+ "  target p95 < 10 ms: %s%n",
				ENTRIES, p50, p95, max, (p95 < 10) ? "OK" : "TOO SLOW");
	}

	// The ledger benchmark's mix, with one subsidy in twenty (a real year has a handful).
	private static EntryDraft draft(int i) {
		LocalDate date = YEAR.firstDay().plusDays(i % 365);
		Money amount = Money.ofCents(100 + (i * 37L) % 20_000);
		return switch (i % 4) {
			case 0 -> new EntryDraft(Operation.RECEIPT, date, "Participation des familles " + i, PaymentMeans.CASH, "",
					amount, List.of(new Split("7562", amount)), null);
			case 1 -> new EntryDraft(Operation.EXPENSE, date, "Achat de fournitures " + i, PaymentMeans.CHEQUE,
					Integer.toString(1000 + i), amount,
					List.of(new Split("6068", amount.minus(Money.ofCents(50))), new Split("6251", Money.ofCents(50))),
					null);
			case 2 -> new EntryDraft(Operation.CASH_DEPOSIT, date, "Dépôt d’espèces " + i, null, "", Money.ofCents(100),
					List.of(), null);
			default -> new EntryDraft(Operation.RECEIPT, date, "Recette " + i, PaymentMeans.TRANSFER, "", amount,
					List.of(new Split((i % 20 == 3) ? "744" : "706", amount)), null);
		};
	}

}
