package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.List;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerTests extends WebTestSupport {

	static final SchoolYear YEAR = new SchoolYear(2026);

	@Autowired
	Ledger ledger;

	TestCooperative coop;

	@BeforeEach
	void setUp() {
		this.coop = this.data.readyCooperative(this.data.association("OCCE Compta"), "Coopérative Compta");
	}

	FiscalYear open(String bank, String cash, VoucherStyle style) {
		return this.ledger
			.openYear(this.coop.id(), YEAR, Money.parse(bank).orElseThrow(), Money.parse(cash).orElseThrow(), style)
			.orElseThrow();
	}

	/** Posts every row, checks its voucher, then every expected position. */
	void play(FiscalYear year, String text) {
		TextLedger ledger = TextLedger.parse(text);
		for (TextLedger.Row row : ledger.rows) {
			PostResult result = this.ledger.post(year, row.draft());
			assertThat(result.problems()).as(row.draft().label()).isEmpty();
			assertThat(result.voucher()).as(row.draft().label()).isEqualTo(row.voucher());
		}
		for (TextLedger.Expectation expected : ledger.expectations) {
			Position position = this.ledger.position(year, expected.date());
			expected.amounts().forEach((what, amount) -> {
				Money actual = switch (what) {
					case "banque" -> position.bank();
					case "caisse" -> position.cash();
					case "charges" -> position.totalCharges();
					case "produits" -> position.totalProducts();
					case "résultat" -> position.result();
					default -> throw new IllegalArgumentException(what);
				};
				assertThat(actual).as("%s au %s", what, expected.date()).isEqualTo(amount);
			});
			assertThat(position.holdings())
				.isEqualTo(year.openingBank().plus(year.openingCash()).plus(position.result()));
		}
	}

	@Test
	void aFirstMonthWithReceiptsInCashADepositAndASplitChequeGivesTheBalancesComputedByHand() {
		FiscalYear year = open("1 000,00", "50,00", VoucherStyle.SERIES);
		play(year, """
				R01 | 02/09/2026 | recette | espèces     | Participation des familles | 120,00 | 7562 120,00
				D01 | 05/09/2026 | dépense | chèque 1234 | Livres et car             |  80,00 | 6068 50,00 ; 6251 30,00
				D02 | 06/09/2026 | dépôt   |             | Espèces à la banque        | 100,00 |
				R02 | 10/09/2026 | recette | virement    | Subvention mairie          | 300,00 | 744 300,00
				D03 | 12/09/2026 | retrait |             | Retrait pour la caisse     |  20,00 |
				au 01/09/2026 : banque 1 000,00 ; caisse 50,00 ; résultat 0,00
				au 05/09/2026 : banque 920,00 ; caisse 170,00 ; charges 80,00 ; produits 120,00
				au 06/09/2026 : banque 1 020,00 ; caisse 70,00
				au 31/08/2027 : banque 1 300,00 ; caisse 90,00 ; charges 80,00 ; produits 420,00 ; résultat 340,00
				""");
	}

	@Test
	void oneSequenceNumbersReceiptsAndExpensesTogether() {
		FiscalYear year = open("0", "0", VoucherStyle.SINGLE);
		play(year, """
				1 | 01/09/2026 | recette | espèces | Vente de photos | 10,00 | 707 10,00
				2 | 02/09/2026 | dépense | espèces | Goûter          |  4,50 | 6068 4,50
				3 | 02/09/2026 | recette | carte   | Tombola         |  5,00 | 758 5,00
				au 02/09/2026 : banque 5,00 ; caisse 5,50 ; résultat 10,50
				""");
	}

	@Test
	void linesOfAnEntryAreBalancedDebitsAgainstCredits() {
		FiscalYear year = open("0", "0", VoucherStyle.SINGLE);
		PostResult posted = this.ledger.post(year,
				new EntryDraft(Operation.EXPENSE, LocalDate.of(2026, 10, 1), "Car", PaymentMeans.CHEQUE, "77",
						Money.of("90.10"),
						List.of(new Split("6251", Money.of("90")), new Split("6068", Money.of("0.10"))), null));
		EntryView entry = this.ledger.entry(year, posted.entryId()).orElseThrow();
		assertThat(entry.lines()).containsExactly(new Line("6251", Money.of("90")), new Line("6068", Money.of("0.10")),
				new Line("512", Money.of("-90.10")));
		Integer stored = this.jdbc.sql("SELECT SUM(amount) FROM ledger_line WHERE entry_id = ?")
			.param(posted.entryId())
			.query(Integer.class)
			.single();
		assertThat(stored).isZero();
	}

	@Test
	void refusesToBuildUnbalancedLines() {
		assertThatThrownBy(
				() -> BalancedLines.of(List.of(new Line("6068", Money.of("10")), new Line("512", Money.of("-9.99")))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Unbalanced");
		assertThatThrownBy(() -> BalancedLines.of(List.of(new Line("6068", Money.ZERO), new Line("512", Money.ZERO))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void reportsEveryProblemOfADraftAtOnceAndSavesNothing() {
		FiscalYear year = open("0", "0", VoucherStyle.SINGLE);
		EntryDraft bad = new EntryDraft(Operation.EXPENSE, LocalDate.of(2027, 9, 1), "", PaymentMeans.CHEQUE, "",
				Money.of("10"), List.of(new Split("7562", Money.of("4")), new Split("9999", Money.of("3"))), null);
		PostResult result = this.ledger.post(year, bad);
		assertThat(result.isPosted()).isFalse();
		assertThat(result.problems()).extracting(Problem::code)
			.containsExactlyInAnyOrder("ledger.date.outsideYear", "ledger.label.required",
					"ledger.chequeNumber.required", "ledger.split.notACharge", "ledger.split.accountUnknown",
					"ledger.splits.sumDiffers");
		assertThat(this.ledger.cashBook(year, CashBookFilter.NONE, 0, 50).total()).isZero();

		EntryDraft zero = new EntryDraft(Operation.RECEIPT, LocalDate.of(2026, 9, 1), "Rien", PaymentMeans.CASH, "",
				Money.ZERO, List.of(new Split("758", Money.ZERO)), null);
		assertThat(this.ledger.post(year, zero).problems()).extracting(Problem::code)
			.contains("ledger.amount.positive", "ledger.split.amountPositive");
		EntryDraft splitDeposit = new EntryDraft(Operation.CASH_DEPOSIT, LocalDate.of(2026, 9, 1), "Dépôt", null, "",
				Money.of("5"), List.of(new Split("758", Money.of("5"))), null);
		assertThat(this.ledger.post(year, splitDeposit).problems()).extracting(Problem::code)
			.containsExactly("ledger.splits.notForInternal");
	}

	@Test
	void anInactiveAccountCannotBeUsedInNewEntries() {
		FiscalYear year = open("0", "0", VoucherStyle.SINGLE);
		this.ledger.chart(this.coop.associationId(), YEAR);
		this.jdbc.sql(
				"UPDATE ledger_account SET active = FALSE WHERE association_id = ? AND school_year = ? AND code = '657'")
			.params(this.coop.associationId(), YEAR.startYear())
			.update();
		PostResult result = this.ledger.post(year, new EntryDraft(Operation.EXPENSE, LocalDate.of(2026, 9, 3), "Aide",
				PaymentMeans.CASH, "", Money.of("5"), List.of(new Split("657", Money.of("5"))), null));
		assertThat(result.problems()).extracting(Problem::code).containsExactly("ledger.split.accountInactive");
	}

	@Test
	void theSameIdempotencyKeyPostsOnlyOnce() {
		FiscalYear year = open("0", "0", VoucherStyle.SINGLE);
		EntryDraft draft = new EntryDraft(Operation.RECEIPT, LocalDate.of(2026, 9, 3), "Dons", PaymentMeans.CASH, "",
				Money.of("5"), List.of(new Split("7541", Money.of("5"))), "cle-1");
		PostResult first = this.ledger.post(year, draft);
		PostResult second = this.ledger.post(year, draft);
		assertThat(first.alreadyPosted()).isFalse();
		assertThat(second.alreadyPosted()).isTrue();
		assertThat(second.entryId()).isEqualTo(first.entryId());
		assertThat(this.ledger.cashBook(year, CashBookFilter.NONE, 0, 50).total()).isEqualTo(1);
		assertThat(this.ledger
			.post(year,
					new EntryDraft(Operation.RECEIPT, LocalDate.of(2026, 9, 3), "Dons", PaymentMeans.CASH, "",
							Money.of("5"), List.of(new Split("7541", Money.of("5"))), "cle-2"))
			.voucher()).isEqualTo("2");
	}

	@Test
	void theCashBookCarriesRunningBalancesAcrossPagesAndFilters() {
		FiscalYear year = open("100,00", "10,00", VoucherStyle.SINGLE);
		play(year, """
				1 | 01/09/2026 | recette | espèces | Vente de gâteaux | 30,00 | 707 30,00
				2 | 02/09/2026 | dépense | carte   | Papeterie        | 20,00 | 6068 20,00
				3 | 03/09/2026 | dépôt   |         | Dépôt            | 25,00 |
				4 | 04/09/2026 | dépense | espèces | Goûter           |  5,00 | 6068 5,00
				""");
		CashBookPage secondPage = this.ledger.cashBook(year, CashBookFilter.NONE, 1, 2);
		assertThat(secondPage.total()).isEqualTo(4);
		assertThat(secondPage.lines()).extracting(CashBookLine::voucher).containsExactly("3", "4");
		assertThat(secondPage.lines().get(0).bankBalance()).isEqualTo(Money.of("105"));
		assertThat(secondPage.lines().get(0).cashBalance()).isEqualTo(Money.of("15"));
		assertThat(secondPage.lines().get(1).cashBalance()).isEqualTo(Money.of("10"));

		CashBookPage goûters = this.ledger.cashBook(year, new CashBookFilter(null, null, "6068", "goûter", null), 0,
				50);
		assertThat(goûters.lines()).extracting(CashBookLine::voucher).containsExactly("4");
		assertThat(goûters.lines().get(0).bankBalance()).isEqualTo(Money.of("105"));
		assertThat(goûters.lines().get(0).cashBalance()).isEqualTo(Money.of("10"));
		assertThat(
				this.ledger.cashBook(year, new CashBookFilter(null, null, null, null, Money.of("25")), 0, 50).lines())
			.extracting(CashBookLine::voucher)
			.containsExactly("3");
		assertThat(this.ledger
			.cashBook(year, new CashBookFilter(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3), null, null, null), 0,
					50)
			.lines()).extracting(CashBookLine::voucher).containsExactly("2", "3");
	}

	@Test
	void aCancelledEntryKeepsItsVoucherNumberButNoLongerCounts() {
		FiscalYear year = open("0", "0", VoucherStyle.SINGLE);
		play(year, """
				1 | 01/09/2026 | recette | espèces | Kermesse | 30,00 | 707 30,00
				2 | 01/09/2026 | recette | espèces | Erreur   | 99,00 | 707 99,00
				""");
		EntryView wrong = this.ledger.cashBook(year, CashBookFilter.NONE, 0, 50)
			.lines()
			.stream()
			.filter((line) -> line.voucher().equals("2"))
			.map((line) -> this.ledger.entry(year, line.entryId()).orElseThrow())
			.findFirst()
			.orElseThrow();
		assertThat(this.ledger.cancel(year, wrong.id(), wrong.version()).isDone()).isTrue();
		assertThat(this.ledger.cancel(year, wrong.id(), wrong.version()).isDone()).as("only once").isFalse();
		assertThat(this.ledger.position(year, LocalDate.of(2026, 9, 30)).cash()).isEqualTo(Money.of("30"));
		assertThat(this.ledger.cashBook(year, CashBookFilter.NONE, 0, 50).lines()).extracting(CashBookLine::voucher)
			.containsExactly("1", "2");
		assertThat(auditActions()).contains("LEDGER_ENTRY_CANCELLED");
	}

	@Test
	void aCorrectionKeepsTheVoucherAndIsAuditedWithBeforeAndAfter() {
		FiscalYear year = open("0", "30", VoucherStyle.SERIES);
		PostResult posted = this.ledger.post(year, new EntryDraft(Operation.EXPENSE, LocalDate.of(2026, 9, 3), "Livres",
				PaymentMeans.CASH, "", Money.of("12"), List.of(new Split("6068", Money.of("12"))), null));
		EntryView entry = this.ledger.entry(year, posted.entryId()).orElseThrow();
		PostResult corrected = this.ledger.correct(year, entry.id(), entry.version(),
				new EntryDraft(Operation.EXPENSE, LocalDate.of(2026, 9, 4), "Livres de lecture", PaymentMeans.CASH, "",
						Money.of("21"), List.of(new Split("6068", Money.of("21"))), null));
		assertThat(corrected.voucher()).isEqualTo("D01");
		assertThat(this.ledger.position(year, LocalDate.of(2026, 9, 30)).cash()).isEqualTo(Money.of("9"));
		PostResult stale = this.ledger.correct(year, entry.id(), entry.version(),
				new EntryDraft(Operation.EXPENSE, LocalDate.of(2026, 9, 4), "Autre", PaymentMeans.CASH, "",
						Money.of("1"), List.of(new Split("6068", Money.of("1"))), null));
		assertThat(stale.problems()).extracting(Problem::code).containsExactly("ledger.entry.concurrentChange");
		String details = this.jdbc.sql(
				"SELECT details FROM platform_audit_event WHERE cooperative_id = ? AND action = 'LEDGER_ENTRY_CORRECTED'")
			.param(this.coop.id())
			.query(String.class)
			.single();
		assertThat(details).contains("12,00").contains("21,00").contains("Livres de lecture");
	}

	@Test
	void anOpeningWithoutBalancesIsRefusedWithItsProblemsAndOpensNothing() {
		assertThat(this.ledger.openYear(this.coop.id(), YEAR, null, Money.of("-1"), null).problems())
			.extracting(Problem::field, Problem::code)
			.containsExactly(tuple("openingBank", "ledger.opening.required"),
					tuple("openingCash", "ledger.opening.cashNegative"),
					tuple("voucherStyle", "ledger.voucherStyle.required"));
		assertThat(this.ledger.fiscalYear(this.coop.id(), YEAR)).isEmpty();
		assertThat(this.ledger.openYear(-1, YEAR, Money.ZERO, Money.ZERO, VoucherStyle.SINGLE).problems())
			.extracting(Problem::code)
			.containsExactly("ledger.cooperative.unknown");
	}

	@Test
	void theNextYearOpensWithTheBalancesOf31AugustWhateverIsTyped() {
		FiscalYear previous = this.ledger
			.openYear(this.coop.id(), YEAR.previous(), Money.of("100"), Money.of("10"), VoucherStyle.SINGLE)
			.orElseThrow();
		play(previous, """
				1 | 15/06/2026 | recette | espèces  | Kermesse     | 45,50 | 706 45,50
				2 | 30/06/2026 | dépense | virement | Car de juin  | 60,00 | 6251 60,00
				""");
		FiscalYear year = open("999", "999", VoucherStyle.SERIES);
		assertThat(year.openingBank()).isEqualTo(Money.of("40"));
		assertThat(year.openingCash()).isEqualTo(Money.of("55.50"));
	}

	@Test
	void aClosedYearTakesNoEntryNorCorrectionUntilReopened() {
		FiscalYear open = open("0", "0", VoucherStyle.SINGLE);
		PostResult posted = this.ledger.post(open, new EntryDraft(Operation.RECEIPT, LocalDate.of(2026, 9, 3), "Dons",
				PaymentMeans.CASH, "", Money.of("5"), List.of(new Split("7541", Money.of("5"))), null));
		assertThat(this.ledger.closeYear(open).isDone()).isTrue();
		assertThat(this.ledger.closeYear(open).problems()).extracting(Problem::code)
			.containsExactly("ledger.year.alreadyClosed");
		EntryDraft late = new EntryDraft(Operation.RECEIPT, LocalDate.of(2026, 9, 4), "Dons", PaymentMeans.CASH, "",
				Money.of("7"), List.of(new Split("7541", Money.of("7"))), null);
		assertThat(this.ledger.post(open, late).problems()).as("a year object read before the closing")
			.extracting(Problem::code)
			.containsExactly("ledger.year.closed");
		FiscalYear closed = this.ledger.fiscalYear(this.coop.id(), YEAR).orElseThrow();
		assertThat(this.ledger.post(closed, late).problems()).extracting(Problem::code)
			.containsExactly("ledger.year.closed");
		assertThat(this.ledger.cancel(open, posted.entryId(), 0).isDone()).isFalse();
		assertThat(this.ledger.correct(open, posted.entryId(), 0, late).isPosted()).isFalse();
		assertThat(this.ledger.position(closed, YEAR.lastDay()).cash()).isEqualTo(Money.of("5"));
		assertThat(this.ledger.reopenYear(closed).isDone()).isTrue();
		assertThat(this.ledger.reopenYear(closed).problems()).extracting(Problem::code)
			.containsExactly("ledger.year.notClosed");
		assertThat(this.ledger.post(this.ledger.fiscalYear(this.coop.id(), YEAR).orElseThrow(), late).voucher())
			.isEqualTo("2");
	}

	@Test
	void theDefaultChartIsSeededOncePerAssociationAndYear() {
		List<Account> chart = this.ledger.chart(this.coop.associationId(), YEAR);
		assertThat(chart).extracting(Account::code)
			.contains("607", "6068", "616", "6251", "627", "6281", "657", "671", "68", "707", "706", "741", "742",
					"743", "744", "748", "7562", "7541", "758", "761", "771", "512", "53", "467", "58", "110", "119");
		assertThat(this.ledger.chart(this.coop.associationId(), YEAR)).hasSameSizeAs(chart);
		assertThat(this.ledger.chart(this.coop.associationId(), YEAR.previous())).hasSameSizeAs(chart);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM ledger_account WHERE association_id = ?")
			.param(this.coop.associationId())
			.query(Integer.class)
			.single()).isEqualTo(chart.size() * 2);
	}

	private List<String> auditActions() {
		return this.jdbc.sql("SELECT action FROM platform_audit_event WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(String.class)
			.list();
	}

}
