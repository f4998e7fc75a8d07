package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Load test of the ledger with 5 000 entries in one cooperative's year: posting an entry,
 * the cash-book page and "Où en sommes-nous ?", through the whole web stack (security,
 * session, templates) for the pages. Not part of the normal build (its name does not end
 * in Tests); run it with the command of docs/benchmarks-ledger.md.
 */
class LedgerBenchmark extends WebTestSupport {

	static final int ENTRIES = 5_000;

	static final int WARMUP = 50;

	static final int SAMPLES = 300;

	@Autowired
	Ledger ledger;

	@Test
	void postingTheCashBookAndThePositionWith5000EntriesInAYear() throws Exception {
		TestCooperative coop = this.data.readyCooperative(this.data.association("OCCE Banc d’essai"),
				"Coopérative Banc d’essai");
		FiscalYear year = this.ledger
			.openYear(coop.id(), LedgerTests.YEAR, Money.euros(2_000), Money.euros(100), VoucherStyle.SERIES)
			.orElseThrow();
		long start = System.nanoTime();
		for (int i = 0; i < ENTRIES; i++) {
			assertThat(this.ledger.post(year, draft(i, null)).isPosted()).isTrue();
		}
		System.out.printf(Locale.ROOT, "%n== Ledger benchmark: %d entries loaded in %.1f s%n", ENTRIES,
				(System.nanoTime() - start) / 1e9);

		List<Long> posting = new ArrayList<>();
		for (int i = 0; i < WARMUP + SAMPLES; i++) {
			EntryDraft draft = draft(ENTRIES + i, "bench-" + i);
			long t0 = System.nanoTime();
			PostResult result = this.ledger.post(year, draft);
			long elapsed = System.nanoTime() - t0;
			assertThat(result.isPosted()).isTrue();
			if (i >= WARMUP) {
				posting.add(elapsed);
			}
		}
		report("posting an entry (Ledger.post)", posting, 20);

		Cookie session = loginCooperative(coop);
		report("cash-book page, latest operations (GET /coop/comptabilite)", time(session, get("/coop/comptabilite")),
				100);
		report("cash-book page 10, filtered by account (GET /coop/comptabilite?compte=6068&page=10)",
				time(session, get("/coop/comptabilite").param("compte", "6068").param("page", "10")), 100);
		report("Où en sommes-nous ? (GET /coop/comptabilite/situation)",
				time(session, get("/coop/comptabilite/situation").param("date", "31/08/2027")), 50);
		report("bilan at 31 August (GET /coop/comptabilite/bilan)",
				time(session, get("/coop/comptabilite/bilan").param("date", "31/08/2027")), 50);
		report("FEC of the year, about 13 000 lines (GET /coop/comptabilite/fec.txt)",
				time(session, get("/coop/comptabilite/fec.txt")), 1000);
	}

	private List<Long> time(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		List<Long> samples = new ArrayList<>();
		for (int i = 0; i < WARMUP + SAMPLES; i++) {
			long t0 = System.nanoTime();
			MvcResult result = this.mvc.perform(request.cookie(session)).andReturn();
			long elapsed = System.nanoTime() - t0;
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			if (i >= WARMUP) {
				samples.add(elapsed);
			}
		}
		return samples;
	}

	private static void report(String what, List<Long> nanos, long targetMillis) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		double p50 = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
		double max = sorted[sorted.length - 1] / 1e6;
		System.out.printf(Locale.ROOT, "== %-85s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  target p95 < %d ms: %s%n",
				what, p50, p95, max, targetMillis, (p95 < targetMillis) ? "OK" : "TOO SLOW");
		assertThat(Arrays.stream(sorted).count()).isEqualTo(SAMPLES);
	}

	private static EntryDraft draft(int i, String key) {
		LocalDate date = LedgerTests.YEAR.firstDay().plusDays(i % 365);
		Money amount = Money.ofCents(100 + (i * 37L) % 20_000);
		return switch (i % 4) {
			case 0 -> new EntryDraft(Operation.RECEIPT, date, "Participation des familles " + i, PaymentMeans.CASH, "",
					amount, List.of(new Split("7562", amount)), key);
			case 1 -> new EntryDraft(Operation.EXPENSE, date, "Achat de fournitures " + i, PaymentMeans.CHEQUE,
					Integer.toString(1000 + i), amount,
					List.of(new Split("6068", amount.minus(Money.ofCents(50))), new Split("6251", Money.ofCents(50))),
					key);
			case 2 -> new EntryDraft(Operation.CASH_DEPOSIT, date, "Dépôt d’espèces " + i, null, "", Money.ofCents(100),
					List.of(), key);
			default -> new EntryDraft(Operation.RECEIPT, date, "Subvention " + i, PaymentMeans.TRANSFER, "", amount,
					List.of(new Split("744", amount)), key);
		};
	}

}
