package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.cheques.Cheques;
import coop.occe.retkoop.ledger.classbooks.ClassBook;
import coop.occe.retkoop.ledger.classbooks.ClassBooks;
import coop.occe.retkoop.ledger.classbooks.ClassLine;
import coop.occe.retkoop.ledger.demo.LedgerDemoData;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's cash book: with the demo data on, the seed's cooperative (046-0410) starts
 * the school year with its first months written, the CE2 teacher logs in with the printed
 * password, and a restart adds nothing. Tests run on 28 November 2026, after every date
 * of the demo.
 */
@TestPropertySource(properties = "retkoop.demo.enabled=true")
class LedgerDemoDataTests extends WebTestSupport {

	@Autowired
	LedgerDemoData demoData;

	@Autowired
	Directory directory;

	@Autowired
	Ledger ledger;

	@Autowired
	Cheques cheques;

	@Autowired
	ClassBooks classBooks;

	CooperativeSummary coop;

	@BeforeEach
	void findTheDemoCooperative() {
		this.coop = DemoCooperative.of(this.directory);
	}

	@Test
	void theSeedsCooperativeHasItsFirstMonthsWrittenWithARégieOfTheCe2() {
		FiscalYear year = this.ledger.fiscalYear(this.coop.id(), this.ledger.currentYear()).orElseThrow();
		assertThat(year.openingBank()).isEqualTo(Money.of("1250"));
		assertThat(year.openingCash()).isEqualTo(Money.of("35"));
		assertThat(year.voucherStyle()).isEqualTo(VoucherStyle.SERIES);

		Position position = this.ledger.position(year, this.ledger.today());
		assertThat(position.bank()).isEqualTo(Money.of("1556.00"));
		assertThat(position.cash()).isEqualTo(Money.of("63.00"));
		assertThat(position.advances()).isEqualTo(Money.of("107.50"));
		assertThat(position.totalProducts()).isEqualTo(Money.of("828.00"));
		assertThat(position.totalCharges()).isEqualTo(Money.of("386.50"));
		assertThat(position.charges()).extracting(AccountTotal::code).containsExactly("6068", "6281");
		assertThat(position.products()).extracting(AccountTotal::code).containsExactly("744", "7562");
		assertThat(position.holdings()).isEqualTo(position.openingHoldings().plus(position.result()));

		CashBookPage book = this.ledger.cashBook(year, CashBookFilter.NONE, 0, 50);
		assertThat(book.lines()).extracting(CashBookLine::voucher)
			.containsExactly("R01", "R02", "D01", "D02", "D03", "D04", "D05", "R03");
		assertThat(book.lines())
			.allSatisfy((line) -> assertThat(line.date()).isBetween(year.schoolYear().firstDay(), this.ledger.today()));
		assertThat(book.lines().get(3).chequeNumber()).isEqualTo("2345601");
		assertThat(book.lines().get(5).chequeNumber()).isEqualTo("2345602");
		assertThat(this.cheques.chequebooks(this.coop.id())).hasSize(1);

		ClassBook ce2 = this.classBooks.books(this.coop.id()).get(0);
		assertThat(ce2.className()).isEqualTo("CE2");
		assertThat(ce2.teacherEmail()).isEqualTo(LedgerDemoData.TEACHER_EMAIL);
		assertThat(this.classBooks.lines(year, ce2)).extracting(ClassLine::state)
			.containsExactly(ClassLine.State.ACCEPTED, ClassLine.State.PENDING);
		ClassBooks.AdvanceUse use = this.classBooks.advanceUse(year, ce2).orElseThrow();
		assertThat(use.advance().amount()).isEqualTo(Money.of("150"));
		assertThat(use.accepted()).isEqualTo(Money.of("42.50"));
		assertThat(use.pending()).isEqualTo(Money.of("18.90"));
		assertThat(use.left()).isEqualTo(Money.of("88.60"));
	}

	@Test
	void theDemosCashBoxIsNeverNegative() {
		FiscalYear year = this.ledger.fiscalYear(this.coop.id(), this.ledger.currentYear()).orElseThrow();
		List<CashBookLine> lines = this.ledger.cashBook(year, CashBookFilter.NONE, 0, 50).lines();
		assertThat(lines).isNotEmpty();
		for (CashBookLine line : lines) {
			assertThat(this.ledger.position(year, line.date()).cash().isNegative()).as("cash on %s", line.date())
				.isFalse();
		}
	}

	@Test
	void aRestartAddsNothing() throws Exception {
		List<Long> before = counts();
		this.demoData.run(null);
		this.demoData.run(null);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void theCe2TeacherLogsInWithThePrintedPasswordAndSeesTheClassBook() throws Exception {
		Cookie teacher = login(LedgerDemoData.TEACHER_EMAIL, LedgerDemoData.TEACHER_PASSWORD);
		MvcResult result = this.mvc.perform(get("/classe").cookie(teacher)).andReturn();
		assertThat(result.getResponse().getStatus()).as("no forced password change").isEqualTo(200);
		Document page = Jsoup
			.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
		assertThat(page.select("#class-advance-left").text()).isEqualTo("88,60 €");
		assertThat(page.select("#class-lines").text()).contains("Albums pour la bibliothèque de la classe")
			.contains("Graines et terreau pour le potager");
	}

	private List<Long> counts() {
		return List.of(count("SELECT COUNT(*) FROM ledger_fiscal_year WHERE cooperative_id = ?"),
				count("SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ?"),
				count("SELECT COUNT(*) FROM ledger_chequebook WHERE cooperative_id = ?"),
				count("SELECT COUNT(*) FROM ledger_class_book WHERE cooperative_id = ?"),
				count("SELECT COUNT(*) FROM ledger_advance WHERE cooperative_id = ?"),
				count("SELECT COUNT(*) FROM ledger_class_line l JOIN ledger_class_book b ON b.id = l.class_book_id "
						+ "WHERE b.cooperative_id = ?"),
				count("SELECT COUNT(*) FROM identity_account WHERE cooperative_id = ?"));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param(this.coop.id()).query(Long.class).single();
	}

}
