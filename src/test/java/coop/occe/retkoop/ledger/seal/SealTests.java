package coop.occe.retkoop.ledger.seal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.ledger.seal.SealCheck.Outcome;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.TestSmtp;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A closed year is sealed: any change made behind the application's back (an amount, an
 * entry removed or added by SQL) is found and named, by the mandataire, the AD and the
 * daily check that mails the AD once.
 */
class SealTests extends WebTestSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final int ENTRIES = 11;

	@Autowired
	Ledger ledger;

	@Autowired
	Seals seals;

	@Autowired
	SealWatch watch;

	@Test
	void anIntactYearVerifies() {
		FiscalYear year = closedYear(this.data.association("OCCE du Sceau intact"), "Coopérative Intacte");
		SealCheck check = this.seals.verify(year.cooperativeId(), year.schoolYear());
		assertThat(check.outcome()).isEqualTo(Outcome.INTACT);
		assertThat(check.sealNumber()).isEqualTo(1);
		assertThat(check.foundCount()).isEqualTo(ENTRIES);
	}

	@Test
	void anAmountChangedBySqlIsFoundAndItsVoucherNamed() {
		FiscalYear year = closedYear(this.data.association("OCCE du Montant"), "Coopérative du Montant");
		long entry = entryId(year, "10");
		// A careful tamperer keeps the entry balanced: both lines move by one euro.
		this.jdbc.sql("UPDATE ledger_line SET amount = amount + 100 WHERE entry_id = ? AND amount > 0")
			.param(entry)
			.update();
		this.jdbc.sql("UPDATE ledger_line SET amount = amount - 100 WHERE entry_id = ? AND amount < 0")
			.param(entry)
			.update();
		SealCheck check = this.seals.verify(year.cooperativeId(), year.schoolYear());
		assertThat(check.outcome()).isEqualTo(Outcome.CHANGED);
		assertThat(check.voucher()).isEqualTo("10");
		assertThat(check.date()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(check.intact()).isFalse();
	}

	@Test
	void anEntryDeletedBySqlIsFoundAsMissing() {
		FiscalYear year = closedYear(this.data.association("OCCE de la Gomme"), "Coopérative Gommée");
		long entry = entryId(year, "3");
		this.jdbc.sql("DELETE FROM ledger_line WHERE entry_id = ?").param(entry).update();
		this.jdbc.sql("DELETE FROM ledger_entry WHERE id = ?").param(entry).update();
		SealCheck check = this.seals.verify(year.cooperativeId(), year.schoolYear());
		assertThat(check.outcome()).isEqualTo(Outcome.REMOVED);
		assertThat(check.voucher()).isEqualTo("3");
		assertThat(check.sealedCount()).isEqualTo(ENTRIES);
		assertThat(check.foundCount()).isEqualTo(ENTRIES - 1);
	}

	@Test
	void anEntrySlippedInBehindTheLockIsFoundAsAdded() {
		FiscalYear year = closedYear(this.data.association("OCCE de l’Ajout"), "Coopérative Augmentée");
		this.jdbc.sql("UPDATE ledger_fiscal_year SET closed = FALSE WHERE id = ?").param(year.id()).update();
		this.ledger.post(year, receipt(LocalDate.of(2026, 11, 2), "Ajout discret", "5"));
		this.jdbc.sql("UPDATE ledger_fiscal_year SET closed = TRUE WHERE id = ?").param(year.id()).update();
		SealCheck check = this.seals.verify(year.cooperativeId(), year.schoolYear());
		assertThat(check.outcome()).isEqualTo(Outcome.ADDED);
		assertThat(check.voucher()).isEqualTo(Integer.toString(ENTRIES + 1));
		assertThat(check.foundCount()).isEqualTo(ENTRIES + 1);
	}

	@Test
	void reopeningKeepsTheSealAsHistoryAndTheNextClosingSealsAgain() {
		FiscalYear year = closedYear(this.data.association("OCCE de la Réouverture"), "Coopérative Rouverte");
		assertThat(this.ledger.reopenYear(year).isDone()).isTrue();
		assertThat(this.seals.verify(year.cooperativeId(), year.schoolYear()).outcome()).isEqualTo(Outcome.REOPENED);
		FiscalYear reopened = this.ledger.fiscalYear(year.cooperativeId(), year.schoolYear()).orElseThrow();
		this.ledger.post(reopened, receipt(LocalDate.of(2026, 11, 20), "Correction", "3"));
		assertThat(this.ledger.closeYear(reopened).isDone()).isTrue();

		assertThat(this.seals.sealsOf(year.cooperativeId()))
			.extracting(SealSummary::number, SealSummary::entryCount, SealSummary::checkable)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, ENTRIES, false),
					org.assertj.core.groups.Tuple.tuple(2, ENTRIES + 1, true));
		SealCheck check = this.seals.verify(year.cooperativeId(), year.schoolYear());
		assertThat(check.outcome()).isEqualTo(Outcome.INTACT);
		assertThat(check.sealNumber()).isEqualTo(2);
	}

	@Test
	void theDailyCheckMailsTheAdOnceNamingTheCooperativeTheYearAndTheEntry() throws Exception {
		TestAssociation association = this.data.association("OCCE de la Veille");
		FiscalYear year = closedYear(association, "Coopérative Surveillée");
		this.jdbc.sql("UPDATE ledger_entry SET label = 'Retouche' WHERE id = ?").param(entryId(year, "5")).update();
		this.jdbc.sql("DELETE FROM platform_job_lock WHERE name = ?").param(SealWatch.JOB).update();

		assertThat(this.watch.run()).as("first firing").isTrue();
		assertThat(this.watch.run()).as("the same firing on another node").isFalse();
		List<MimeMessage> mails = mailsTo(association);
		for (int waited = 0; mails.isEmpty() && waited < 100; waited++) {
			Thread.sleep(100);
			mails = mailsTo(association);
		}
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).contains("Coopérative Surveillée").contains(year.schoolYear().label());
		String body = (String) mails.get(0).getContent();
		assertThat(body).contains("n° 5 du 05/09/2026");
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'LEDGER_SEAL_BROKEN' AND cooperative_id = ?")
			.param(year.cooperativeId())
			.query(Integer.class)
			.single()).isEqualTo(1);

		// The next days: the same broken seal is not reported again.
		this.watch.checkAll();
		Thread.sleep(500);
		assertThat(mailsTo(association)).hasSize(1);
	}

	@Test
	void theMandataireVerifiesTheClosedYearFromTheBilanPage() throws Exception {
		TestAssociation association = this.data.association("OCCE du Bilan scellé");
		TestCooperative coop = this.data.readyCooperative(association, "Coopérative du Bilan scellé");
		Cookie session = loginCooperative(coop);
		FiscalYear year = yearWithEntries(coop.id());
		Document open = page(session, "/coop/comptabilite/bilan");
		assertThat(open.select("#seal-verify")).isEmpty();

		this.ledger.closeYear(year);
		Document closed = page(session, "/coop/comptabilite/bilan");
		assertThat(closed.select("#seal-verify button").text()).isEqualTo("Vérifier l’intégrité");
		MvcResult verified = this.mvc.perform(post("/coop/comptabilite/bilan/integrite").cookie(session).with(csrf()))
			.andReturn();
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite/bilan");
		assertThat(page(session, "/coop/comptabilite/bilan").select("#seal-result").text())
			.startsWith("Comptes " + year.schoolYear().label() + " intègres");

		this.jdbc.sql("UPDATE ledger_line SET account_code = '6068' WHERE entry_id = ? AND account_code = '707'")
			.param(entryId(year, "2"))
			.update();
		this.mvc.perform(post("/coop/comptabilite/bilan/integrite").cookie(session).with(csrf())).andReturn();
		assertThat(page(session, "/coop/comptabilite/bilan").select("#seal-result").text())
			.contains("l’écriture n° 2 du 02/09/2026 ne correspond plus");
	}

	@Test
	void theAdListsTheSealsAndVerifiesOnlyItsOwnCooperatives() throws Exception {
		TestAssociation association = this.data.association("OCCE des Sceaux");
		TestCooperative coop = this.data.cooperative(association, "Coopérative aux Sceaux");
		FiscalYear year = yearWithEntries(coop.id());
		this.ledger.closeYear(year);
		Cookie staff = loginStaff(association);
		String url = "/ad/" + association.id() + "/cooperatives/" + coop.id() + "/integrite";

		Document list = page(staff, url);
		assertThat(list.select("#seals tbody tr")).hasSize(1);
		assertThat(list.select("#seals tbody tr").text()).contains(year.schoolYear().label()).contains("n° 1");
		MvcResult verified = this.mvc.perform(post(url).param("annee", "2026").cookie(staff).with(csrf())).andReturn();
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(page(staff, url).select("#seal-result").text())
			.startsWith("Comptes " + year.schoolYear().label() + " intègres");

		this.jdbc.sql("DELETE FROM ledger_line WHERE entry_id = ?").param(entryId(year, "4")).update();
		this.jdbc.sql("DELETE FROM ledger_entry WHERE id = ?").param(entryId(year, "4")).update();
		this.mvc.perform(post(url).param("annee", "2026").cookie(staff).with(csrf())).andReturn();
		assertThat(page(staff, url).select("#seal-result").text()).contains("l’écriture n° 4 du 04/09/2026 a disparu")
			.contains("11 écritures scellées, 10 trouvées");

		assertThat(status(post(url).param("annee", "2025").cookie(staff).with(csrf()))).as("a year not offered")
			.isEqualTo(400);
		TestAssociation other = this.data.association("OCCE Voisine");
		TestCooperative stranger = this.data.cooperative(other, "Coopérative Voisine");
		String strangersUrl = "/ad/" + association.id() + "/cooperatives/" + stranger.id() + "/integrite";
		assertThat(status(get(strangersUrl).cookie(staff))).isEqualTo(404);
		assertThat(status(post(strangersUrl).param("annee", "2026").cookie(staff).with(csrf()))).isEqualTo(404);
		Cookie otherStaff = loginStaff(other);
		assertThat(status(get(url).cookie(otherStaff))).isEqualTo(403);
		assertThat(status(post(url).param("annee", "2026").cookie(otherStaff).with(csrf()))).isEqualTo(403);
	}

	@Test
	void theChainDependsOnEveryFieldAndOnVoucherOrder() {
		SealedEntry entry = new SealedEntry(7, "2", LocalDate.of(2026, 9, 2), "Vente", "RECEIPT", "CASH", "", false,
				List.of(new SealedEntry.SealedLine("53", 735), new SealedEntry.SealedLine("707", -735)));
		assertThat(SealChain.canonical(entry))
			.isEqualTo("1:7;1:2;10:2026-09-02;5:Vente;7:RECEIPT;4:CASH;0:;6:counts;1:2;2:53;3:735;3:707;4:-735;");
		SealedEntry ten = new SealedEntry(9, "10", LocalDate.of(2026, 9, 1), "x", "RECEIPT", "CASH", "", false,
				List.of());
		assertThat(SealChain.links(1, List.of(ten, entry))).extracting(SealChain.Link::voucher)
			.containsExactly("2", "10");
	}

	/** A year of the current school year with {@value #ENTRIES} entries, closed. */
	private FiscalYear closedYear(TestAssociation association, String name) {
		TestCooperative coop = this.data.cooperative(association, name);
		FiscalYear year = yearWithEntries(coop.id());
		assertThat(this.ledger.closeYear(year).isDone()).isTrue();
		return year;
	}

	/**
	 * Entries 1 to {@value #ENTRIES}: receipts in cash on 1–9 September, expenses by
	 * transfer on 10 and 11 October (vouchers 10 and 11 sort after 9).
	 */
	private FiscalYear yearWithEntries(long cooperativeId) {
		FiscalYear year = this.ledger
			.openYear(cooperativeId, this.ledger.currentYear(), Money.of("500"), Money.of("50"), VoucherStyle.SINGLE)
			.orElseThrow();
		for (int day = 1; day <= 9; day++) {
			assertThat(this.ledger.post(year, receipt(LocalDate.of(2026, 9, day), "Vente " + day, "7.35")).isPosted())
				.isTrue();
		}
		for (int day = 10; day <= ENTRIES; day++) {
			assertThat(this.ledger
				.post(year,
						new EntryDraft(Operation.EXPENSE, LocalDate.of(2026, 10, day), "Achat " + day,
								PaymentMeans.TRANSFER, "", Money.of("12.50"),
								List.of(new Split("6068", Money.of("12.50"))), null))
				.isPosted()).isTrue();
		}
		return this.ledger.fiscalYear(cooperativeId, this.ledger.currentYear()).orElseThrow();
	}

	private static EntryDraft receipt(LocalDate date, String label, String amount) {
		return new EntryDraft(Operation.RECEIPT, date, label, PaymentMeans.CASH, "", Money.of(amount),
				List.of(new Split("707", Money.of(amount))), null);
	}

	private long entryId(FiscalYear year, String voucher) {
		return this.jdbc.sql("SELECT id FROM ledger_entry WHERE fiscal_year_id = ? AND voucher = ?")
			.params(year.id(), voucher)
			.query(Long.class)
			.single();
	}

	private List<MimeMessage> mailsTo(TestAssociation association) throws Exception {
		String recipient = "ad" + association.number() + "@occe.test";
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch((r) -> r.toString().equals(recipient));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private Document page(Cookie session, String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).cookie(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return html(result);
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
