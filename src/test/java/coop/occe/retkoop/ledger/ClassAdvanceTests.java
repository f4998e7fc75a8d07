package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.ledger.advances.Advance;
import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.ledger.classbooks.ClassBook;
import coop.occe.retkoop.ledger.classbooks.ClassBooks;
import coop.occe.retkoop.ledger.classbooks.ClassLine;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A régie given to the teacher of a class book: the teacher spends it line by line in the
 * class cash book, the mandataire accepts the lines against the régie, and closes it with
 * what remains; a régie still open on 31 August goes on into the next year.
 */
class ClassAdvanceTests extends LedgerPageTestSupport {

	static final String TEACHER_PASSWORD = "Cahier-de-classe-2026";

	@Autowired
	Ledger ledger;

	@Autowired
	Advances advances;

	@Autowired
	ClassBooks classBooks;

	TestAssociation association;

	TestCooperative coop;

	Cookie teacher;

	long bookId;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Régies de classe");
		this.coop = this.data.readyCooperative(this.association, "Coopérative des Régies de classe");
		this.session = loginCooperative(this.coop);
		perform(post("/coop/comptabilite/ouverture").param("openingBank", "1000")
			.param("openingCash", "200")
			.param("voucherStyle", "SERIES"));
	}

	@Test
	void theTeacherSpendsTheClassRégieLineByLineAndTheMandataryAcceptsThenClosesIt() throws Exception {
		invite("CE2", "Mme Martin");
		Document form = page(get("/coop/comptabilite/regies"));
		assertThat(form.select("#classBookId option").eachText()).contains("CE2 — Mme Martin");
		String url = payAdvance(this.bookId, "150");
		Document advance = page(get(url));
		assertThat(advance.select("h1").text()).isEqualTo("Régie de Mme Martin");
		assertThat(advance.select("#advance-class").text()).contains("Régie de la classe CE2");
		assertThat(advance.select("#advance-remaining").text()).isEqualTo("150,00 €");

		Document classBook = teacherPage(get("/classe"));
		assertThat(classBook.select("#class-advance-left").text()).isEqualTo("150,00 €");
		assertThat(classBook.select("#means option[selected]").val()).isEqualTo("ADVANCE");
		assertThat(classBook.select("#class-lines tbody tr").first().text()).contains("Régie d’avance reçue")
			.contains("150,00 €");

		addRégieLine("Feutres et colle", "23,40", "6068", "l1");
		addRégieLine("Entrée au musée", "18,90", "6251", "l2");
		Document refused = teacherPage(post("/classe").param("operation", "EXPENSE")
			.param("date", "12/10/2026")
			.param("label", "Car")
			.param("amount", "200")
			.param("account", "6251")
			.param("means", "ADVANCE")
			.param("key", "l3"));
		assertThat(refused.select("#amount-erreur").text())
			.isEqualTo("Il ne vous reste que 107,70 € sur la régie : payez le surplus autrement ou demandez un "
					+ "complément au mandataire.");
		assertThat(refused.select("#label").val()).isEqualTo("Car");
		Document receipt = teacherPage(post("/classe").param("operation", "RECEIPT")
			.param("date", "12/10/2026")
			.param("label", "Vente")
			.param("amount", "5")
			.param("account", "707")
			.param("means", "ADVANCE")
			.param("key", "l4"));
		assertThat(receipt.select("#means-erreur").text()).isEqualTo("La régie paie des dépenses, pas des recettes.");

		Document afterLines = teacherPage(get("/classe"));
		assertThat(afterLines.select("#class-advance-pending").text()).isEqualTo("42,30 €");
		assertThat(afterLines.select("#class-advance-left").text()).isEqualTo("107,70 €");
		assertThat(afterLines.select("#class-lines tbody tr").last().select(".rk-balance").text())
			.isEqualTo("107,70 €");

		Document closingTooSoon = page(post(url + "/retour").param("date", "20/10/2026").param("means", "CASH"));
		assertThat(closingTooSoon.text()).contains("2 dépense(s) de la classe sur cette régie attendent");

		Document review = page(get("/coop/comptabilite/classes/" + this.bookId));
		assertThat(review.select("#class-advance-left").text()).isEqualTo("107,70 €");
		List<String> accepts = review.select("#class-lines form[action$=/accepter]").eachAttr("action");
		assertThat(accepts).hasSize(2);
		assertThat(perform(post(accepts.get(0))).getFlashMap().get("voucher")).isEqualTo("D02");
		assertThat(perform(post(accepts.get(1))).getFlashMap().get("voucher")).isEqualTo("D03");
		assertThat(perform(post(accepts.get(1))).getFlashMap().get("voucherNotice")).isEqualTo("ledger.replayed");

		Document position = page(get("/coop/comptabilite/situation").param("date", "31/10/2026"));
		assertThat(position.select("#bank").text()).isEqualTo("1 000,00 €");
		assertThat(position.select("#cash").text()).isEqualTo("50,00 €");
		assertThat(position.select("#avoirs").text()).contains("Régies d’avance en cours 107,70 €");
		assertThat(position.select("#holdings").text()).isEqualTo("1 157,70 €");
		assertThat(position.select("#result").text()).isEqualTo("-42,30 €");
		Document book = page(get("/coop/comptabilite"));
		assertThat(book.select("table.rk-book tbody tr").get(1).text()).contains("D02")
			.contains("CE2 : Feutres et colle")
			.contains("6068 : 23,40")
			.doesNotContain("23,40 23,40");
		assertThat(page(get(url)).select("#advance-spent").text()).isEqualTo("42,30 €");

		MvcResult closed = perform(post(url + "/retour").param("date", "20/10/2026")
			.param("parts[0].account", "6068")
			.param("parts[0].amount", "7,70")
			.param("means", "CASH"));
		assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(closed.getFlashMap().get("voucher")).isEqualTo("D04");
		Document after = page(get("/coop/comptabilite/situation").param("date", "31/10/2026"));
		assertThat(after.select("#cash").text()).isEqualTo("150,00 €");
		assertThat(after.select("#avoirs").text()).doesNotContain("Régies d’avance");
		assertThat(after.select("#result").text()).isEqualTo("-50,00 €");
		Document finalBook = teacherPage(get("/classe"));
		assertThat(finalBook.select("#class-advance")).isEmpty();
		var finalRows = finalBook.select("#class-lines tbody tr");
		assertThat(finalRows.get(finalRows.size() - 2).text())
			.contains("Dépenses des tickets reportées par le mandataire")
			.contains("7,70 €");
		assertThat(finalRows.last().text()).contains("Reste de la régie rendu à la coopérative").contains("100,00 €");
		assertThat(finalBook.select("#class-lines tbody tr").last().select(".rk-balance").text()).isEqualTo("0,00 €");
		assertThat(finalBook.select("#means option").eachAttr("value")).doesNotContain("ADVANCE");
	}

	@Test
	void aClassHasOneOpenRégieAndARégieAllSpentClosesWithoutAnEntry() throws Exception {
		invite("CM1", "M. Durand");
		String url = payAdvance(this.bookId, "20");
		Document second = page(post("/coop/comptabilite/regies").param("classBookId", Long.toString(this.bookId))
			.param("date", "02/10/2026")
			.param("amount", "10")
			.param("means", "CASH")
			.param("key", "second"));
		assertThat(second.select("#classBookId-erreur").text())
			.isEqualTo("La classe CM1 a déjà une régie en cours : soldez-la avant d’en verser une autre.");
		addRégieLine("Goûter", "20", "6068", "all");
		String accept = page(get("/coop/comptabilite/classes/" + this.bookId))
			.select("#class-lines form[action$=/accepter]")
			.attr("action");
		perform(post(accept));
		Document spent = page(get(url));
		assertThat(spent.select("#advance-remaining").text()).isEqualTo("0,00 €");
		assertThat(spent.select("button[type=submit]").text()).contains("Clore la régie (tout est dépensé)");
		long entriesBefore = entries();
		MvcResult closed = perform(post(url + "/retour").param("date", "25/10/2026"));
		assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(entries()).isEqualTo(entriesBefore);
		assertThat(page(get(url)).select("#advance-closed").text()).isEqualTo("Régie soldée le 25/10/2026.");
		Document teacherBook = teacherPage(get("/classe"));
		assertThat(teacherBook.select("#class-advance")).isEmpty();
		Document position = page(get("/coop/comptabilite/situation").param("date", "31/10/2026"));
		assertThat(position.select("#holdings").text()).isEqualTo("1 180,00 €");
	}

	@Test
	void aRégieStillOpenOn31AugustIsCarriedIntoTheNextYearAndClosedThere() {
		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative qui reporte");
		SchoolYear lastYear = new SchoolYear(2025);
		FiscalYear previous = this.ledger
			.openYear(other.id(), lastYear, Money.of("500"), Money.of("100"), VoucherStyle.SINGLE)
			.orElseThrow();
		PostResult paid = this.advances.openAdvance(previous, "Mme Lenoir",
				new EntryDraft(Operation.ADVANCE_PAYMENT, java.time.LocalDate.of(2026, 6, 2), "Régie",
						PaymentMeans.CASH, "", Money.of("80"), List.of(), "carry-1"));
		assertThat(paid.isPosted()).isTrue();
		Advance open = this.advances.advances(previous).get(0);
		PostResult spent = this.advances.spendAdvance(previous, open,
				new EntryDraft(Operation.ADVANCE_EXPENSE, java.time.LocalDate.of(2026, 6, 20), "Peinture",
						PaymentMeans.ADVANCE, "", Money.of("30"), List.of(new Split("6068", Money.of("30"))),
						"carry-2"));
		assertThat(spent.isPosted()).isTrue();
		Position lastDay = this.ledger.position(previous, lastYear.lastDay());
		assertThat(lastDay.advances()).isEqualTo(Money.of("50"));

		FiscalYear year = this.ledger.openYear(other.id(), lastYear.next(), Money.ZERO, Money.ZERO, VoucherStyle.SINGLE)
			.orElseThrow();
		assertThat(year.openingCash()).isEqualTo(Money.of("20"));
		assertThat(year.openingAdvances()).isEqualTo(Money.of("50"));
		List<Advance> carried = this.advances.advances(year);
		assertThat(carried).hasSize(1);
		assertThat(carried.get(0).isCarried()).isTrue();
		assertThat(carried.get(0).amount()).isEqualTo(Money.of("50"));
		assertThat(carried.get(0).holder()).isEqualTo("Mme Lenoir");
		assertThat(carried.get(0).openedOn()).isEqualTo(java.time.LocalDate.of(2026, 9, 1));
		Position start = this.ledger.position(year, year.schoolYear().firstDay());
		assertThat(start.advances()).isEqualTo(Money.of("50"));
		assertThat(start.holdings()).isEqualTo(start.openingHoldings());

		PostResult closeNew = this.advances.closeAdvance(year, carried.get(0),
				new EntryDraft(Operation.ADVANCE_RETURN, java.time.LocalDate.of(2026, 9, 10), "Retour",
						PaymentMeans.CASH, "", null, List.of(new Split("6068", Money.of("12"))), null));
		assertThat(closeNew.isPosted()).isTrue();
		Advance old = this.advances.advance(previous, open.id()).orElseThrow();
		PostResult closeOld = this.advances.closeAdvance(previous, old, new EntryDraft(Operation.ADVANCE_RETURN,
				java.time.LocalDate.of(2026, 8, 30), "Retour", PaymentMeans.CASH, "", null, List.of(), null));
		assertThat(closeOld.problems()).as("closed in the year it was carried into")
			.extracting(Problem::code)
			.containsExactly("ledger.advance.carriedForward");
		Position end = this.ledger.position(year, year.schoolYear().lastDay());
		assertThat(end.cash()).isEqualTo(Money.of("58"));
		assertThat(end.advances()).isEqualTo(Money.ZERO);
		assertThat(end.holdings()).isEqualTo(end.openingHoldings().plus(end.result()));
		assertThat(this.ledger.openYear(other.id(), lastYear.next(), Money.ZERO, Money.ZERO, VoucherStyle.SINGLE)
			.orElseThrow()
			.openingAdvances()).isEqualTo(Money.of("50"));
		assertThat(this.advances.advances(year)).hasSize(1);
	}

	@Test
	void twoAcceptancesOfOneRégieLineAtOnceAndTwoRégiesForOneClassAtOnceSaveOne() throws Exception {
		invite("CP", "Mme Rose");
		FiscalYear year = this.ledger.fiscalYear(this.coop.id(), this.ledger.currentYear()).orElseThrow();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<PostResult>> payments = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				String key = "twice-" + i;
				payments.add(pool.submit(() -> {
					start.await();
					return this.advances.openAdvance(year, "Mme Rose", this.bookId,
							new EntryDraft(Operation.ADVANCE_PAYMENT, java.time.LocalDate.of(2026, 10, 1), "Régie",
									PaymentMeans.CASH, "", Money.of("50"), List.of(), key));
				}));
			}
			start.countDown();
			long paid = 0;
			for (java.util.concurrent.Future<PostResult> payment : payments) {
				PostResult result = payment.get();
				paid += result.isPosted() ? 1 : 0;
				if (!result.isPosted()) {
					assertThat(result.problems()).extracting(Problem::code)
						.containsExactly("ledger.advance.classHasOpen");
				}
			}
			assertThat(paid).isEqualTo(1);

			addRégieLine("Crayons", "12", "6068", "race");
			ClassBook book = this.classBooks.book(this.coop.id(), this.bookId).orElseThrow();
			ClassLine line = this.classBooks.lines(year, book).get(0);
			java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<PostResult>> accepts = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				accepts.add(pool.submit(() -> {
					go.await();
					return this.classBooks.accept(year, book, line);
				}));
			}
			go.countDown();
			for (java.util.concurrent.Future<PostResult> accept : accepts) {
				assertThat(accept.get().isPosted()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ? AND operation = ?")
			.params(this.coop.id(), "ADVANCE_EXPENSE")
			.query(Long.class)
			.single()).isEqualTo(1);
		Advance advance = this.advances
			.openAdvanceOfClass(this.ledger.fiscalYear(this.coop.id(), this.ledger.currentYear()).orElseThrow(),
					this.bookId)
			.orElseThrow();
		assertThat(advance.spent()).isEqualTo(Money.of("12"));
	}

	@Test
	void closingARégieWhoseSpendingChangedSinceThePageWasShownIsRefused() throws Exception {
		invite("CE1", "M. Blanc");
		String url = payAdvance(this.bookId, "40");
		addRégieLine("Colle", "5", "6068", "stale");
		String accept = page(get("/coop/comptabilite/classes/" + this.bookId))
			.select("#class-lines form[action$=/accepter]")
			.attr("action");
		perform(post(accept));
		long entriesBefore = entries();
		Document stale = page(
				post(url + "/retour").param("date", "20/10/2026").param("means", "CASH").param("spentSeen", "0"));
		assertThat(stale.text()).contains("La régie a changé entre-temps");
		assertThat(entries()).isEqualTo(entriesBefore);
		MvcResult closed = perform(
				post(url + "/retour").param("date", "20/10/2026").param("means", "CASH").param("spentSeen", "500"));
		assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo(url);
		Document teacherBook = teacherPage(get("/classe"));
		assertThat(teacherBook.select("#class-lines tbody tr").last().text())
			.contains("Reste de la régie rendu à la coopérative")
			.contains("35,00 €");
	}

	@Test
	void classLinesNotReviewedBy31AugustGoOnIntoTheNextYearWithTheirRégie() {
		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative aux lignes reportées");
		SchoolYear lastYear = new SchoolYear(2025);
		FiscalYear previous = this.ledger
			.openYear(other.id(), lastYear, Money.of("300"), Money.of("100"), VoucherStyle.SINGLE)
			.orElseThrow();
		ClassBooks.Invitation invited = this.classBooks.invite(this.association.id(), other.id(), "CM2", "M. Vert",
				"cm2.vert@coop" + other.id() + ".example.org");
		assertThat(invited.problems()).isEmpty();
		ClassBook book = this.classBooks.books(other.id()).get(0);
		assertThat(this.advances
			.openAdvance(previous, "", book.id(),
					new EntryDraft(Operation.ADVANCE_PAYMENT, java.time.LocalDate.of(2026, 6, 1), "Régie",
							PaymentMeans.CASH, "", Money.of("80"), List.of(), "late-1"))
			.isPosted()).isTrue();
		assertThat(this.classBooks.record(previous, book,
				new EntryDraft(Operation.EXPENSE, java.time.LocalDate.of(2026, 8, 25), "Fournitures de rentrée",
						PaymentMeans.ADVANCE, "", Money.of("20"), List.of(new Split("6068", Money.of("20"))),
						"late-2")))
			.isEmpty();

		FiscalYear year = this.ledger.openYear(other.id(), lastYear.next(), Money.ZERO, Money.ZERO, VoucherStyle.SINGLE)
			.orElseThrow();
		assertThat(year.openingAdvances()).isEqualTo(Money.of("80"));
		assertThat(this.classBooks.lines(previous, book)).isEmpty();
		List<ClassLine> moved = this.classBooks.lines(year, book);
		assertThat(moved).hasSize(1);
		assertThat(moved.get(0).date()).isEqualTo(java.time.LocalDate.of(2026, 9, 1));
		assertThat(moved.get(0).label()).isEqualTo("Fournitures de rentrée (du 25/08/2026)");
		ClassBooks.AdvanceUse use = this.classBooks.advanceUse(year, book).orElseThrow();
		assertThat(use.advance().isCarried()).isTrue();
		assertThat(use.left()).isEqualTo(Money.of("60"));
		assertThat(this.classBooks.accept(year, book, moved.get(0)).isPosted()).isTrue();
		Position position = this.ledger.position(year, year.schoolYear().lastDay());
		assertThat(position.advances()).isEqualTo(Money.of("60"));
		assertThat(position.holdings()).isEqualTo(position.openingHoldings().plus(position.result()));
	}

	private void invite(String className, String teacherName) throws Exception {
		String email = className.toLowerCase(java.util.Locale.ROOT) + "@coop" + this.coop.id() + ".example.org";
		MvcResult invited = perform(post("/coop/comptabilite/classes").param("className", className)
			.param("teacherName", teacherName)
			.param("email", email));
		coop.occe.retkoop.identity.InitialPassword password = (coop.occe.retkoop.identity.InitialPassword) invited
			.getFlashMap()
			.get("initialPassword");
		this.teacher = login(email, password.value());
		this.mvc.perform(post("/mot-de-passe").param("newPassword", TEACHER_PASSWORD)
			.param("confirmation", TEACHER_PASSWORD)
			.cookie(this.teacher)
			.with(csrf()));
		this.bookId = this.jdbc.sql("SELECT id FROM ledger_class_book WHERE cooperative_id = ? AND class_name = ?")
			.params(this.coop.id(), className)
			.query(Long.class)
			.single();
	}

	private String payAdvance(long classBookId, String amount) throws Exception {
		MvcResult paid = perform(post("/coop/comptabilite/regies").param("classBookId", Long.toString(classBookId))
			.param("holder", "")
			.param("date", "01/10/2026")
			.param("amount", amount)
			.param("means", "CASH")
			.param("key", "pay-" + classBookId));
		assertThat(paid.getResponse().getRedirectedUrl()).as("régie paid").startsWith("/coop/comptabilite/regies/");
		return paid.getResponse().getRedirectedUrl();
	}

	private void addRégieLine(String label, String amount, String account, String key) throws Exception {
		MvcResult added = this.mvc
			.perform(post("/classe").param("operation", "EXPENSE")
				.param("date", "10/10/2026")
				.param("label", label)
				.param("amount", amount)
				.param("account", account)
				.param("means", "ADVANCE")
				.param("key", key)
				.cookie(this.teacher)
				.with(csrf()))
			.andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).as("line added").isEqualTo("/classe");
	}

	private Document teacherPage(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.cookie(this.teacher).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

	private long entries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

}
