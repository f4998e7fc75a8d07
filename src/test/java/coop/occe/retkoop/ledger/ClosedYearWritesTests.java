package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.ledger.cashcount.CashCount;
import coop.occe.retkoop.ledger.cashcount.CashCounts;
import coop.occe.retkoop.ledger.cheques.Cheques;
import coop.occe.retkoop.ledger.classbooks.ClassBook;
import coop.occe.retkoop.ledger.classbooks.ClassBooks;
import coop.occe.retkoop.ledger.inventory.Inventory;
import coop.occe.retkoop.ledger.pointing.Pointing;
import coop.occe.retkoop.ledger.projects.Project;
import coop.occe.retkoop.ledger.projects.Projects;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.Scans;
import coop.occe.retkoop.support.TestData.TestCooperative;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Once its compte rendu financier is sent, the year is closed: every form of every ledger
 * feature replayed into it (a stale tab, the previous year chosen in the selector, the
 * class teacher's page) is refused with the reason, and nothing is saved.
 */
class ClosedYearWritesTests extends LedgerPageTestSupport {

	static final SchoolYear LAST = new SchoolYear(2025);

	static final String REFUSAL = "L’année 2025 - 2026 est close : plus aucune opération ne peut y être enregistrée "
			+ "ni corrigée, car son compte rendu financier a été envoyé à l’AD. Demandez le déverrouillage à l’AD "
			+ "pour la modifier.";

	static final List<String> TABLES = List.of("ledger_fiscal_year", "ledger_entry", "ledger_line", "ledger_cash_count",
			"ledger_bank_statement", "ledger_pointed_entry", "ledger_project", "ledger_proof", "ledger_durable_good",
			"ledger_chequebook", "ledger_deposit_slip", "ledger_class_book", "ledger_class_line", "ledger_advance");

	@Autowired
	Ledger ledger;

	@Autowired
	CashCounts cashCounts;

	@Autowired
	Pointing pointing;

	@Autowired
	Projects projects;

	@Autowired
	Inventory inventory;

	@Autowired
	Cheques cheques;

	@Autowired
	ClassBooks classBooks;

	@Autowired
	Advances advances;

	TestCooperative coop;

	FiscalYear previous;

	long cheque;

	long subsidy;

	long purchase;

	long statement;

	long good;

	ClassBook book;

	long pendingLine;

	long régie;

	Cookie teacher;

	@BeforeEach
	void setUp() throws Exception {
		this.coop = this.data.readyCooperative(this.data.association("OCCE Clos"), "Coopérative close");
		this.previous = this.ledger
			.openYear(this.coop.id(), LAST, Money.of("500"), Money.of("100"), VoucherStyle.SINGLE)
			.orElseThrow();
		this.cheque = postEntry(receipt(LocalDate.of(2026, 6, 5), PaymentMeans.CHEQUE, "25", "7541"));
		this.subsidy = postEntry(receipt(LocalDate.of(2026, 6, 6), PaymentMeans.TRANSFER, "300", "744"));
		this.purchase = postEntry(new EntryDraft(Operation.EXPENSE, LocalDate.of(2026, 6, 7), "Imprimante",
				PaymentMeans.TRANSFER, "", Money.of("200"), List.of(new Split("68", Money.of("200"))), null));
		this.ledger.openYear(this.coop.id(), LAST.next(), null, null, VoucherStyle.SINGLE).orElseThrow();
		this.session = loginCooperative(this.coop);
		this.teacher = inviteAndLogin();
		this.book = this.classBooks.books(this.coop.id()).get(0);

		this.cashCounts.keepCashCount(this.previous, LocalDate.of(2026, 8, 31), counts(10_000));
		assertThat(this.pointing.addStatement(this.previous, LocalDate.of(2026, 8, 31), Money.of("600"))).isEmpty();
		this.statement = this.pointing.latest(this.previous).orElseThrow().id();
		assertThat(this.projects.createProject(this.previous, "Classe verte", "CE2", null, null)).isEmpty();
		assertThat(this.inventory.addDurableGood(this.previous, "Vidéoprojecteur", LocalDate.of(2025, 10, 1),
				Money.of("400")))
			.isEmpty();
		this.good = this.inventory.durableGoods(this.coop.id()).get(0).id();
		assertThat(this.cheques.addChequebook(this.coop.id(), "1000", "1024")).isEmpty();
		assertThat(this.classBooks.record(this.previous, this.book,
				receipt(LocalDate.of(2026, 6, 10), PaymentMeans.CASH, "12", "7541")))
			.isEmpty();
		this.pendingLine = this.classBooks.lines(this.previous, this.book).get(0).id();
		assertThat(this.advances
			.openAdvance(this.previous, "Mme Lenoir",
					new EntryDraft(Operation.ADVANCE_PAYMENT, LocalDate.of(2026, 6, 2), "", PaymentMeans.CASH, "",
							Money.of("30"), List.of(), "regie-1"))
			.isPosted()).isTrue();
		this.régie = this.advances.advances(this.previous).get(0).id();

		assertThat(this.ledger.closeYear(this.previous).isDone()).isTrue();
		this.previous = this.ledger.fiscalYear(this.coop.id(), LAST).orElseThrow();
		perform(post("/coop/exercice").param("annee", "2025").param("retour", "/coop/comptabilite"));
	}

	@Test
	void everyFormOfEveryFeatureReplayedIntoTheClosedYearIsRefusedAndSavesNothing() throws Exception {
		Map<String, List<Map<String, Object>>> before = tables();
		List<MockHttpServletRequestBuilder> writes = new ArrayList<>();
		MockHttpServletRequestBuilder count = post("/coop/comptabilite/caisse").param("action", "enregistrer")
			.param("date", "31/08/2026");
		for (int i = 0; i < 15; i++) {
			count.param("counts[" + i + "]", (i == 2) ? "1" : "");
		}
		writes.add(count);
		writes.add(post("/coop/comptabilite/pointage").param("date", "31/08/2026").param("balance", "600"));
		writes.add(post("/coop/comptabilite/pointage/" + this.statement).param("pointed", "" + this.subsidy));
		writes.add(post("/coop/comptabilite/projets").param("name", "Piscine")
			.param("className", "")
			.param("startsOn", "")
			.param("endsOn", ""));
		writes.add(post("/coop/comptabilite/inventaire").param("description", "Tablette")
			.param("acquiredOn", "01/06/2026")
			.param("value", "150"));
		writes.add(post("/coop/comptabilite/inventaire/achats/" + this.purchase));
		writes.add(post("/coop/comptabilite/inventaire/" + this.good + "/sortie"));
		writes.add(post("/coop/comptabilite/chequiers").param("firstNumber", "2000").param("lastNumber", "2024"));
		writes.add(post("/coop/comptabilite/remises").param("date", "30/06/2026").param("cheques", "" + this.cheque));
		writes.add(post("/coop/comptabilite/classes").param("className", "CM2")
			.param("teacherName", "M. Vert")
			.param("email", "vert@" + domain()));
		String line = "/coop/comptabilite/classes/" + this.book.id() + "/lignes/" + this.pendingLine;
		writes.add(post(line + "/accepter"));
		writes.add(post(line + "/refuser").param("reason", "Pas de ticket"));
		writes.add(post("/coop/comptabilite/regies").param("holder", "M. Roux")
			.param("date", "01/07/2026")
			.param("amount", "20")
			.param("means", "CASH"));
		writes.add(post("/coop/comptabilite/regies/" + this.régie + "/retour").param("date", "30/06/2026")
			.param("means", "CASH"));
		for (MockHttpServletRequestBuilder write : writes) {
			assertRefused(perform(write));
		}
		assertRefused(this.mvc
			.perform(multipart("/coop/comptabilite/subventions/" + this.subsidy + "/justificatif")
				.file(new MockMultipartFile("fichier", "notification.pdf", "application/pdf", Scans.pdf("Mairie")))
				.cookie(this.session)
				.with(csrf()))
			.andReturn());
		assertRefused(as(this.teacher, classLine("10/06/2026", "old-year")));
		assertThat(tables()).isEqualTo(before);

		assertThat(page(get("/coop/comptabilite/caisse")).select("#read-only").text())
			.contains("L’exercice 2025 - 2026 est clôturé");
		assertThat(page(get("/coop/comptabilite/projets")).select("form[action$=/projets]")).isEmpty();
		assertThat(page(get("/coop/comptabilite/pointage")).select("#tick-form button")).isEmpty();
	}

	@Test
	void theTeachersLinesOfTheCurrentYearGoOnAndTheReopenedYearTakesWritesAgain() throws Exception {
		MvcResult current = as(this.teacher, classLine("05/10/2026", "new-year"));
		assertThat(current.getResponse().getRedirectedUrl()).isEqualTo("/classe");

		assertThat(this.ledger.reopenYear(this.previous).isDone()).isTrue();
		MvcResult project = perform(post("/coop/comptabilite/projets").param("name", "Piscine")
			.param("className", "")
			.param("startsOn", "")
			.param("endsOn", ""));
		assertThat(project.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite/projets");
		FiscalYear reopened = this.ledger.fiscalYear(this.coop.id(), LAST).orElseThrow();
		assertThat(this.projects.projects(reopened)).extracting(Project::name).contains("Classe verte", "Piscine");
	}

	private void assertRefused(MvcResult result) throws Exception {
		String where = result.getRequest().getRequestURI();
		int status = result.getResponse().getStatus();
		if (status == 302) {
			assertThat(result.getFlashMap().values()).as(where)
				.anyMatch((v) -> v instanceof Problem p && p.code().equals("ledger.year.closed"));
			return;
		}
		assertThat(status).as(where).isEqualTo(200);
		String text = Jsoup.parse(result.getResponse().getContentAsString()).text();
		assertThat(text).as(where).contains(REFUSAL);
	}

	private Map<String, List<Map<String, Object>>> tables() {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		for (String table : TABLES) {
			rows.put(table,
					this.jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query().listOfRows().stream().map((row) -> {
						Map<String, Object> copy = new LinkedHashMap<>(row);
						copy.replaceAll((k, v) -> (v instanceof byte[] bytes) ? java.util.Arrays.toString(bytes) : v);
						return copy;
					}).toList());
		}
		return rows;
	}

	private MockHttpServletRequestBuilder classLine(String date, String key) {
		return post("/classe").param("operation", "EXPENSE")
			.param("date", date)
			.param("label", "Peinture")
			.param("amount", "8")
			.param("account", "6068")
			.param("means", "CASH")
			.param("key", key);
	}

	private long postEntry(EntryDraft draft) {
		PostResult posted = this.ledger.post(this.previous, draft);
		assertThat(posted.problems()).isEmpty();
		return posted.entryId();
	}

	private static EntryDraft receipt(LocalDate date, PaymentMeans means, String amount, String account) {
		Money money = Money.parse(amount).orElseThrow();
		return new EntryDraft(Operation.RECEIPT, date, "Recette", means,
				(means == PaymentMeans.CHEQUE) ? "7654321" : "", money, List.of(new Split(account, money)), null);
	}

	private static List<Long> counts(long centsInTenEuroNotes) {
		List<Long> counts = new ArrayList<>();
		for (long d : CashCount.DENOMINATIONS) {
			counts.add((d == 1000L) ? centsInTenEuroNotes / 1000L : 0L);
		}
		return counts;
	}

	private Cookie inviteAndLogin() throws Exception {
		String email = "martin@" + domain();
		MvcResult invited = perform(post("/coop/comptabilite/classes").param("className", "CE2")
			.param("teacherName", "Mme Martin")
			.param("email", email));
		InitialPassword password = (InitialPassword) invited.getFlashMap().get("initialPassword");
		assertThat(password.login()).isEqualTo(email.toLowerCase(Locale.ROOT));
		Cookie teacherSession = login(email, password.value());
		as(teacherSession, post("/mot-de-passe").param("newPassword", ClassBookPageTests.TEACHER_PASSWORD)
			.param("confirmation", ClassBookPageTests.TEACHER_PASSWORD));
		return teacherSession;
	}

	private MvcResult as(Cookie cookie, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(cookie).with(csrf())).andReturn();
	}

	private String domain() {
		return "coop" + this.coop.id() + ".example.org";
	}

}
