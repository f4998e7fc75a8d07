package coop.occe.retkoop.reporting;

import java.time.LocalDate;
import java.util.List;

import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.ledger.advances.Advance;
import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.ledger.cashcount.CashCount;
import coop.occe.retkoop.ledger.cashcount.CashCounts;
import coop.occe.retkoop.ledger.classbooks.ClassBook;
import coop.occe.retkoop.ledger.classbooks.ClassBooks;
import coop.occe.retkoop.ledger.classbooks.ClassLine;
import coop.occe.retkoop.ledger.inventory.Inventory;
import coop.occe.retkoop.ledger.pointing.BankStatement;
import coop.occe.retkoop.ledger.pointing.Pointing;
import coop.occe.retkoop.ledger.projects.SubsidyProofs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.support.Scans;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks before sending the CRF, each failing on purpose then passing once the
 * mandataire did what its message says; the demo cooperative's year still has its régie
 * and its class line to review.
 */
@TestPropertySource(properties = "retkoop.demo.enabled=true")
class YearEndChecksTests extends WebTestSupport {

	private static final LocalDate LAST_DAY = LocalDate.of(2027, 8, 31);

	@Autowired
	Ledger ledger;

	@Autowired
	Directory directory;

	@Autowired
	YearEndChecks checks;

	@Autowired
	Advances advances;

	@Autowired
	ClassBooks classBooks;

	@Autowired
	CashCounts cashCounts;

	@Autowired
	Pointing pointing;

	@Autowired
	SubsidyProofs proofs;

	@Autowired
	Inventory inventory;

	@Autowired
	MessageSource messages;

	TestData.TestCooperative coop;

	@BeforeEach
	void freshCooperative() {
		this.coop = this.data.readyCooperative(this.data.association("OCCE des Vérifications"), "Coopérative Vérifiée");
	}

	@Test
	void everyCheckRunsInOrderAndWarnsOnlyForInventoryAndProofsByDefault() {
		FiscalYear year = open("1000", "0");
		List<CheckOutcome> outcomes = this.checks.run(year);
		assertThat(outcomes).extracting(CheckOutcome::name)
			.containsSubsequence("advancesClosed", "classLinesReviewed", "cashCounted", "bankReconciled",
					"subsidyProofs", "durablesListed");
		assertThat(outcomes).filteredOn((o) -> !o.blocking())
			.extracting(CheckOutcome::name)
			.containsExactlyInAnyOrder("subsidyProofs", "durablesListed");
		assertThat(outcome(year, "cashCounted").passed()).as("no cash box, nothing to count").isTrue();
		assertThat(outcome(year, "advancesClosed").passed()).isTrue();
		assertThat(outcome(year, "classLinesReviewed").passed()).isTrue();
	}

	@Test
	void theDemoYearStillHasItsRegieOpenAndAClassLineToReview() {
		var demo = demoCooperative(this.directory);
		FiscalYear year = this.ledger.fiscalYear(demo.id(), this.ledger.currentYear()).orElseThrow();
		CheckOutcome advancesClosed = outcome(year, "advancesClosed");
		assertThat(advancesClosed.blocks()).isTrue();
		assertThat(advancesClosed.fixPath()).isEqualTo("/coop/comptabilite/regies");
		assertThat(texts(advancesClosed)).singleElement()
			.asString()
			.contains("est encore ouverte")
			.contains("soldez-la, ou reportez-la sur 2027 - 2028");
		assertThat(texts(outcome(year, "classLinesReviewed"))).singleElement()
			.asString()
			.contains("La classe CE2")
			.contains("une ligne en attente : acceptez-les ou refusez-les.");
		assertThat(YearEndChecks.allowSending(this.checks.run(year))).isFalse();
	}

	@Test
	void anOpenRegieBlocksUntilItIsClosed() {
		FiscalYear year = open("1000", "100");
		PostResult paid = this.advances.openAdvance(year, "Mme Martin", new EntryDraft(Operation.ADVANCE_PAYMENT,
				date("01/10/2026"), "", PaymentMeans.CASH, "", Money.of("40"), List.of(), null));
		assertThat(paid.problems()).isEmpty();
		assertThat(texts(outcome(year, "advancesClosed")))
			.containsExactly("La régie de Mme Martin est encore ouverte (40,00 € à rendre) : "
					+ "soldez-la, ou reportez-la sur 2027 - 2028 en ouvrant cette année-là.");

		Advance advance = this.advances.paidBy(year, paid.entryId()).orElseThrow();
		PostResult closed = this.advances.closeAdvance(year, advance, new EntryDraft(Operation.ADVANCE_RETURN,
				date("20/10/2026"), "", PaymentMeans.CASH, "", null, List.of(), null));
		assertThat(closed.problems()).isEmpty();
		assertThat(outcome(year, "advancesClosed").passed()).isTrue();
	}

	@Test
	void aClassLineWaitingForReviewBlocksUntilAccepted() {
		FiscalYear year = open("1000", "100");
		assertThat(this.classBooks
			.invite(this.coop.associationId(), this.coop.id(), "CM2", "M. Durand", "cm2.verif@example.test")
			.problems()).isEmpty();
		ClassBook book = this.classBooks.books(this.coop.id()).get(0);
		assertThat(
				this.classBooks
					.record(year, book,
							new EntryDraft(Operation.RECEIPT, date("05/10/2026"), "Vente de gâteaux", PaymentMeans.CASH,
									"", Money.of("12"), List.of(new Split("707", Money.of("12"))), "class-line-1")))
			.isEmpty();
		assertThat(texts(outcome(year, "classLinesReviewed")))
			.containsExactly("La classe CM2 (M. Durand) a une ligne en attente : acceptez-les ou refusez-les.");

		ClassLine line = this.classBooks.lines(year, book).get(0);
		assertThat(this.classBooks.accept(year, book, line).problems()).isEmpty();
		assertThat(outcome(year, "classLinesReviewed").passed()).isTrue();
	}

	@Test
	void theCashIsCountedAfterItsLastMovementAndEqualToTheBooks() {
		FiscalYear year = open("1000", "100");
		assertThat(texts(outcome(year, "cashCounted")))
			.containsExactly("Aucun arrêté de caisse : comptez la caisse au 31/08/2027 et enregistrez l’arrêté.");

		this.cashCounts.keepCashCount(year, date("01/10/2026"), counts(10_000));
		post(year, Operation.EXPENSE, "15/10/2026", "Timbres", PaymentMeans.CASH, "20", "6068");
		assertThat(texts(outcome(year, "cashCounted"))).containsExactly(
				"Le dernier arrêté de caisse (01/10/2026) précède le dernier mouvement de caisse (15/10/2026) : "
						+ "comptez à nouveau la caisse, au 31/08/2027 ou après ce mouvement.");

		this.cashCounts.keepCashCount(year, date("16/10/2026"), counts(7_900));
		assertThat(texts(outcome(year, "cashCounted"))).containsExactly(
				"L’arrêté de caisse du 16/10/2026 compte 79,00 € mais le cahier dit 80,00 € : recomptez la caisse ou corrigez le cahier.");

		this.cashCounts.keepCashCount(year, date("17/10/2026"), counts(8_000));
		assertThat(outcome(year, "cashCounted").passed()).isTrue();

		post(year, Operation.RECEIPT, "16/10/2026", "Reçu oublié", PaymentMeans.CASH, "5", "707");
		assertThat(texts(outcome(year, "cashCounted"))).as("an entry typed late changes the books of the count")
			.containsExactly(
					"L’arrêté de caisse du 17/10/2026 compte 80,00 € mais le cahier dit 85,00 € : recomptez la caisse ou corrigez le cahier.");
	}

	@Test
	void theBankIsReconciledWithAStatementOfTheYearsEnd() {
		FiscalYear year = open("1000", "0");
		assertThat(texts(outcome(year, "bankReconciled"))).containsExactly(
				"Aucun relevé de banque saisi : saisissez le relevé au 31/08/2027 et pointez les opérations qui y figurent.");
		long grant = post(year, Operation.RECEIPT, "02/10/2026", "Subvention de la mairie", PaymentMeans.TRANSFER,
				"300", "744");
		long bus = post(year, Operation.EXPENSE, "05/10/2026", "Car", PaymentMeans.TRANSFER, "150", "6251");
		assertThat(this.pointing.addStatement(year, date("31/10/2026"), Money.of("1150"))).isEmpty();
		assertThat(texts(outcome(year, "bankReconciled"))).containsExactly(
				"Le dernier relevé saisi est du 31/10/2026 : saisissez le relevé au 31/08/2027 et pointez les opérations qui y figurent.");

		assertThat(this.pointing.addStatement(year, LAST_DAY, Money.of("1150"))).isEmpty();
		assertThat(texts(outcome(year, "bankReconciled"))).containsExactly(
				"Le rapprochement avec le relevé du 31/08/2027 présente un écart de 150,00 € : pointez les opérations qui y figurent, ou corrigez le cahier.");

		BankStatement statement = this.pointing.latest(year).orElseThrow();
		assertThat(this.pointing.point(year, statement.id(), List.of(grant, bus))).isEmpty();
		assertThat(outcome(year, "bankReconciled").passed()).isTrue();
	}

	@Test
	void everySubsidyNeedsItsProofAndEveryDurablePurchaseItsLineInTheInventory() {
		FiscalYear year = open("1000", "0");
		long grant = post(year, Operation.RECEIPT, "02/10/2026", "Classe de découverte", PaymentMeans.TRANSFER, "300",
				"744");
		long printer = post(year, Operation.EXPENSE, "06/10/2026", "Imprimante", PaymentMeans.TRANSFER, "250", "68");
		CheckOutcome subsidies = outcome(year, "subsidyProofs");
		assertThat(subsidies.blocks()).as("only a warning by default").isFalse();
		assertThat(texts(subsidies)).singleElement()
			.asString()
			.contains("du 02/10/2026 (300,00 €, pièce")
			.endsWith("n’a pas de justificatif : joignez la notification ou le courrier du financeur.");
		assertThat(texts(outcome(year, "durablesListed"))).singleElement()
			.asString()
			.startsWith("L’achat « Imprimante » du 06/10/2026 (250,00 €, pièce")
			.endsWith("n’est pas à l’inventaire : ajoutez-le.");

		assertThat(this.proofs.attach(year, grant, "notification.pdf", Scans.pdf("Notification"))).contains(List.of());
		assertThat(this.inventory.addDurableGoodFromEntry(year, printer).isDone()).isTrue();
		assertThat(outcome(year, "subsidyProofs").passed()).isTrue();
		assertThat(outcome(year, "durablesListed").passed()).isTrue();
	}

	/**
	 * The seed letter's cooperative (Jules Ferry, LA ROSE) in the demo data of the Lot.
	 */
	static coop.occe.retkoop.directory.CooperativeSummary demoCooperative(Directory directory) {
		return directory.associations()
			.stream()
			.filter((association) -> "046".equals(association.number()))
			.flatMap((lot) -> directory.activeCooperativesOf(lot.id()).stream())
			.filter((cooperative) -> "0460410W".equals(cooperative.uai()))
			.findFirst()
			.orElseThrow();
	}

	private FiscalYear open(String bank, String cash) {
		return this.ledger
			.openYear(this.coop.id(), this.ledger.currentYear(), Money.of(bank), Money.of(cash), VoucherStyle.SINGLE)
			.orElseThrow();
	}

	private long post(FiscalYear year, Operation operation, String date, String label, PaymentMeans means,
			String amount, String account) {
		PostResult result = this.ledger.post(year, new EntryDraft(operation, date(date), label, means, "",
				Money.of(amount), List.of(new Split(account, Money.of(amount))), null));
		assertThat(result.problems()).as(label).isEmpty();
		return result.entryId();
	}

	private CheckOutcome outcome(FiscalYear year, String name) {
		FiscalYear now = this.ledger.fiscalYear(year.cooperativeId(), year.schoolYear()).orElseThrow();
		return this.checks.run(now).stream().filter((o) -> o.name().equals(name)).findFirst().orElseThrow();
	}

	private List<String> texts(CheckOutcome outcome) {
		return outcome.remaining().stream().map(this::text).toList();
	}

	private String text(Problem problem) {
		return this.messages.getMessage(problem.code(), problem.messageArguments(), java.util.Locale.FRENCH)
			.replace('\u00A0', ' ')
			.replace('\u202F', ' ');
	}

	/** Counts made of 1-centime coins only, enough to total the cents. */
	private static List<Long> counts(long cents) {
		List<Long> counts = new java.util.ArrayList<>(
				java.util.Collections.nCopies(CashCount.DENOMINATIONS.size(), 0L));
		counts.set(CashCount.DENOMINATIONS.size() - 1, cents);
		return counts;
	}

	private static LocalDate date(String shown) {
		return LocalDate.parse(shown, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
	}

}
