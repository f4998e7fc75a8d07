package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestCooperative;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * September: the mandataire finishes 2025-2026 while 2026-2027 is open, whose opening
 * balances follow the old year until it is closed.
 */
class WorkingYearPageTests extends LedgerPageTestSupport {

	static final SchoolYear LAST = new SchoolYear(2025);

	@Autowired
	Ledger ledger;

	@Autowired
	coop.occe.retkoop.ledger.advances.Advances advances;

	TestCooperative coop;

	FiscalYear previous;

	@BeforeEach
	void setUp() throws Exception {
		this.coop = this.data.readyCooperative(this.data.association("OCCE Exercice"), "Coopérative de septembre");
		this.previous = this.ledger
			.openYear(this.coop.id(), LAST, Money.of("500"), Money.of("100"), VoucherStyle.SINGLE)
			.orElseThrow();
		assertThat(
				this.ledger.post(this.previous, receipt(LocalDate.of(2026, 6, 15), PaymentMeans.CASH, "20")).isPosted())
			.isTrue();
		this.ledger.openYear(this.coop.id(), LAST.next(), null, null, VoucherStyle.SINGLE).orElseThrow();
		this.session = loginCooperative(this.coop);
	}

	@Test
	void theMandataireSwitchesToThePreviousYearAndPostsIntoItFromTheForm() throws Exception {
		Document book = page(get("/coop/comptabilite"));
		assertThat(book.select("h1").text()).isEqualTo("Cahier de comptabilité 2026 - 2027");
		assertThat(book.select("#working-year option").eachText()).containsExactly("2026 - 2027",
				"2025 - 2026 (à clôturer)");
		assertThat(book.select("#provisional-opening").text())
			.isEqualTo("Soldes d’ouverture provisoires : l’exercice 2025 - 2026 n’est pas clôturé.");
		assertThat(book.select("#opening").text()).contains("banque 500,00 €, caisse 120,00 €");

		MvcResult chosen = perform(
				post("/coop/exercice").param("annee", "2025").param("retour", "/coop/comptabilite/situation"));
		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite/situation");
		Document old = page(get("/coop/comptabilite"));
		assertThat(old.select("h1").text()).isEqualTo("Cahier de comptabilité 2025 - 2026");
		assertThat(old.select("#working-year option[selected]").text()).isEqualTo("2025 - 2026 (à clôturer)");
		assertThat(old.select("#provisional-opening")).isEmpty();

		Document form = page(get("/coop/comptabilite/operations/new").param("type", "RECEIPT"));
		assertThat(form.select("#date").val()).isEqualTo("31/08/2026");
		assertThat(page(get("/coop/comptabilite/caisse")).select("#date").val()).isEqualTo("31/08/2026");
		assertThat(page(get("/coop/comptabilite/pointage")).select("#date").val()).isEqualTo("31/08/2026");
		MvcResult posted = perform(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
			.param("date", "31/08/2026")
			.param("label", "Vente de fin d’année")
			.param("amount", "30")
			.param("means", "CASH")
			.param("parts[0].account", "707"));
		assertThat(posted.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.ledger.position(this.previous, LAST.lastDay()).cash()).isEqualTo(Money.of("150"));
		assertThat(next().openingCash()).isEqualTo(Money.of("150"));

		perform(post("/coop/exercice").param("annee", "2026").param("retour", "/coop/comptabilite"));
		assertThat(page(get("/coop/comptabilite")).select("#opening").text())
			.contains("banque 500,00 €, caisse 150,00 €");
	}

	@Test
	void aLateEntryACorrectionAndACancellationInTheOldYearMoveTheNewYearsOpening() {
		PostResult late = this.ledger.post(this.previous,
				expense(LocalDate.of(2026, 7, 2), PaymentMeans.TRANSFER, "80"));
		assertThat(next().openingBank()).isEqualTo(Money.of("420"));
		EntryView entry = this.ledger.entry(this.previous, late.entryId()).orElseThrow();
		assertThat(this.ledger
			.correct(this.previous, entry.id(), entry.version(),
					expense(LocalDate.of(2026, 7, 2), PaymentMeans.CASH, "15"))
			.isPosted()).isTrue();
		assertThat(next().openingBank()).isEqualTo(Money.of("500"));
		assertThat(next().openingCash()).isEqualTo(Money.of("105"));
		EntryView corrected = this.ledger.entry(this.previous, late.entryId()).orElseThrow();
		assertThat(this.ledger.cancel(this.previous, corrected.id(), corrected.version()).isPosted()).isTrue();
		assertThat(next().openingCash()).isEqualTo(Money.of("120"));
		assertThat(next().openingAdvances()).isEqualTo(Money.ZERO);
	}

	@Test
	void aRégiePaidLateGoesOnIntoTheNewYearUntilItIsClosedInTheOldOne() {
		PostResult paid = this.advances.openAdvance(this.previous, "Mme Lenoir",
				new EntryDraft(Operation.ADVANCE_PAYMENT, LocalDate.of(2026, 6, 2), "Régie", PaymentMeans.CASH, "",
						Money.of("40"), List.of(), "late-1"));
		assertThat(paid.isPosted()).isTrue();
		assertThat(next().openingAdvances()).isEqualTo(Money.of("40"));
		assertThat(next().openingCash()).isEqualTo(Money.of("80"));
		assertThat(this.advances.advances(next())).extracting((a) -> a.amount()).containsExactly(Money.of("40"));

		var régie = this.advances.advances(this.previous).get(0);
		assertThat(this.advances
			.spendAdvance(this.previous, régie,
					new EntryDraft(Operation.ADVANCE_EXPENSE, LocalDate.of(2026, 6, 20), "Peinture",
							PaymentMeans.ADVANCE, "", Money.of("10"), List.of(new Split("6068", Money.of("10"))),
							"late-2"))
			.isPosted()).isTrue();
		assertThat(next().openingAdvances()).isEqualTo(Money.of("30"));
		assertThat(this.advances.advances(next())).extracting((a) -> a.amount()).containsExactly(Money.of("30"));

		régie = this.advances.advances(this.previous).get(0);
		PostResult closed = this.advances.closeAdvance(this.previous, régie, new EntryDraft(Operation.ADVANCE_RETURN,
				LocalDate.of(2026, 8, 31), "", PaymentMeans.CASH, "", null, List.of(), null));
		assertThat(closed.problems()).isEmpty();
		assertThat(next().openingAdvances()).isEqualTo(Money.ZERO);
		assertThat(next().openingCash()).isEqualTo(Money.of("110"));
		assertThat(this.advances.advances(next())).isEmpty();
	}

	@Test
	void aChangeThatWouldEmptyTheNewYearsCashBoxIsRefused() {
		assertThat(this.ledger.post(next(), expense(LocalDate.of(2026, 9, 10), PaymentMeans.CASH, "110")).isPosted())
			.isTrue();
		PostResult refused = this.ledger.post(this.previous,
				expense(LocalDate.of(2026, 8, 20), PaymentMeans.CASH, "20"));
		assertThat(refused.problems()).extracting(Problem::code).containsExactly("ledger.carry.nextYearCash");
		assertThat(refused.problems().get(0).arguments()).containsExactly("2026 - 2027", Money.of("-10").format(),
				"10/09/2026");
		assertThat(next().openingCash()).isEqualTo(Money.of("120"));
		assertThat(this.ledger.position(this.previous, LAST.lastDay()).cash()).isEqualTo(Money.of("120"));
		assertThat(
				this.ledger.post(this.previous, expense(LocalDate.of(2026, 8, 20), PaymentMeans.CASH, "10")).isPosted())
			.isTrue();
		assertThat(next().openingCash()).isEqualTo(Money.of("110"));
	}

	@Test
	void afterTheClosingTheOpeningIsFinalAndTheOldYearIsReadOnly() throws Exception {
		perform(post("/coop/exercice").param("annee", "2025").param("retour", "/coop/comptabilite"));
		assertThat(this.ledger.closeYear(this.previous).isDone()).isTrue();
		Document book = page(get("/coop/comptabilite"));
		assertThat(book.select("h1").text()).as("a year closed since it was chosen falls back to the current one")
			.isEqualTo("Cahier de comptabilité 2026 - 2027");
		assertThat(book.select("#provisional-opening")).isEmpty();
		assertThat(book.select("#working-year option").eachText()).containsExactly("2026 - 2027",
				"2025 - 2026 (clôturé, lecture seule)");

		perform(post("/coop/exercice").param("annee", "2025").param("retour", "/coop/comptabilite"));
		Document old = page(get("/coop/comptabilite"));
		assertThat(old.select("h1").text()).isEqualTo("Cahier de comptabilité 2025 - 2026");
		assertThat(old.select("#read-only").text()).startsWith("L’exercice 2025 - 2026 est clôturé");
		assertThat(old.select("a[href^=/coop/comptabilite/operations/new]")).isEmpty();
		assertThat(page(get("/coop/comptabilite/bilan")).select("h1").text()).isNotEmpty();
		Document refused = page(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
			.param("date", "31/08/2026")
			.param("label", "Trop tard")
			.param("amount", "30")
			.param("means", "CASH")
			.param("parts[0].account", "707"));
		assertThat(refused.text()).contains("L’année 2025 - 2026 est close");
		assertThat(
				this.ledger.post(this.previous, receipt(LocalDate.of(2026, 8, 31), PaymentMeans.CASH, "5")).problems())
			.extracting(Problem::code)
			.containsExactly("ledger.year.closed");
		assertThat(next().openingCash()).isEqualTo(Money.of("120"));
	}

	@Test
	void aYearNotOfferedIsRefusedWholeAndNothingChanges() throws Exception {
		for (String year : List.of("2024", "2027", "deux", "")) {
			MvcResult refused = perform(
					post("/coop/exercice").param("annee", year).param("retour", "/coop/comptabilite"));
			assertThat(refused.getResponse().getStatus()).as(year).isEqualTo(400);
		}
		assertThat(page(get("/coop/comptabilite")).select("h1").text()).isEqualTo("Cahier de comptabilité 2026 - 2027");
		for (String away : List.of("https://ailleurs.example/", "//ailleurs.example/", "/coop/comptabilite/regies/12",
				"/deconnexion")) {
			MvcResult chosen = perform(post("/coop/exercice").param("annee", "2026").param("retour", away));
			assertThat(chosen.getResponse().getRedirectedUrl()).as(away).isEqualTo("/coop/comptabilite");
		}
	}

	@Test
	void aCooperativeWithoutAPreviousYearSeesNoSelector() throws Exception {
		TestCooperative other = this.data.readyCooperative(this.data.association("OCCE Seule"), "Coopérative neuve");
		this.ledger.openYear(other.id(), LAST.next(), Money.of("1"), Money.of("2"), VoucherStyle.SINGLE);
		this.session = loginCooperative(other);
		Document book = page(get("/coop/comptabilite"));
		assertThat(book.select("#working-year")).isEmpty();
		assertThat(book.select("#provisional-opening")).isEmpty();
		MvcResult refused = perform(post("/coop/exercice").param("annee", "2025"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
	}

	/**
	 * Property: after any run of changes of the old year, the new opening is its closing.
	 */
	@Test
	void theNewYearsOpeningIsAlwaysTheOldYearsClosing() {
		for (long seed = 1; seed <= 3; seed++) {
			Random random = new Random(seed);
			List<Long> posted = new ArrayList<>();
			for (int step = 0; step < 25; step++) {
				LocalDate date = LAST.firstDay().plusDays(random.nextInt(365));
				PaymentMeans means = random.nextBoolean() ? PaymentMeans.CASH : PaymentMeans.TRANSFER;
				String amount = (1 + random.nextInt(6000)) / 100 + "," + String.format("%02d", random.nextInt(100));
				int action = posted.isEmpty() ? 0 : random.nextInt(4);
				if (action <= 1) {
					PostResult result = this.ledger.post(this.previous,
							random.nextBoolean() ? receipt(date, means, amount) : expense(date, means, amount));
					if (result.isPosted()) {
						posted.add(result.entryId());
					}
				}
				else {
					EntryView entry = this.ledger.entry(this.previous, posted.get(random.nextInt(posted.size())))
						.orElseThrow();
					if (action == 2) {
						this.ledger.correct(this.previous, entry.id(), entry.version(), expense(date, means, amount));
					}
					else {
						this.ledger.cancel(this.previous, entry.id(), entry.version());
					}
				}
				Position closing = this.ledger.position(this.previous, LAST.lastDay());
				FiscalYear next = next();
				assertThat(List.of(next.openingBank(), next.openingCash(), next.openingAdvances()))
					.as("seed %d step %d", seed, step)
					.containsExactly(closing.bank(), closing.cash(), closing.advances());
			}
		}
	}

	private FiscalYear next() {
		return this.ledger.fiscalYear(this.coop.id(), LAST.next()).orElseThrow();
	}

	private static EntryDraft receipt(LocalDate date, PaymentMeans means, String amount) {
		Money money = Money.parse(amount).orElseThrow();
		return new EntryDraft(Operation.RECEIPT, date, "Recette", means, "", money, List.of(new Split("7541", money)),
				null);
	}

	private static EntryDraft expense(LocalDate date, PaymentMeans means, String amount) {
		Money money = Money.parse(amount).orElseThrow();
		return new EntryDraft(Operation.EXPENSE, date, "Dépense", means, "", money, List.of(new Split("6068", money)),
				null);
	}

}
