package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class CashBookPageTests extends LedgerPageTestSupport {

	TestAssociation association;

	TestCooperative coop;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Cahier");
		this.coop = this.data.readyCooperative(this.association, "Coopérative du Cahier");
		this.session = loginCooperative(this.coop);
	}

	@Test
	void theHomePageLinksToTheCashBook() throws Exception {
		Document home = page(get("/sommaire"));
		assertThat(home.select(".rk-menu a[href=/coop/comptabilite]").text()).isEqualTo("Cahier de comptabilité");
	}

	@Test
	void everyLedgerPageLeadsToTheOpeningFormUntilTheYearIsOpened() throws Exception {
		for (String url : new String[] { "/coop/comptabilite/operations/new", "/coop/comptabilite/situation",
				"/coop/comptabilite/regies", "/coop/comptabilite/caisse", "/coop/comptabilite/remises",
				"/coop/comptabilite/projets", "/coop/comptabilite/chequiers", "/coop/comptabilite/subventions" }) {
			assertThat(perform(get(url)).getResponse().getRedirectedUrl()).as(url).isEqualTo("/coop/comptabilite");
		}
	}

	@Test
	void theFirstVisitAsksForTheOpeningBalancesAndRefusesWhatIsNotAnAmount() throws Exception {
		Document first = page(get("/coop/comptabilite"));
		assertThat(first.select("h1").text()).isEqualTo("Ouvrir le cahier de comptabilité");
		Document refused = page(post("/coop/comptabilite/ouverture").param("openingBank", "mille")
			.param("openingCash", "")
			.param("voucherStyle", "SERIES"));
		assertThat(refused.select("#openingBank-erreur").text()).contains("Ce n’est pas un montant");
		assertThat(refused.select("#openingCash-erreur").text()).contains("Indiquez un montant");
		assertThat(refused.select("#openingBank").val()).isEqualTo("mille");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM ledger_fiscal_year WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Integer.class)
			.single()).isZero();
		openBooks("1 000,00", "50,00", "SERIES");
		Document book = page(get("/coop/comptabilite"));
		assertThat(book.select("h1").text()).isEqualTo("Cahier de comptabilité 2026 - 2027");
		assertThat(book.text()).contains("Au 1er septembre : banque 1 000,00 €, caisse 50,00 €.");
	}

	@Test
	void anExpenseSplitOverTwoAccountsGetsItsVoucherNumberAndItsLineInTheBook() throws Exception {
		openBooks("1 000,00", "50,00", "SERIES");
		MvcResult saved = perform(
				expense("05/09/2026", "Livres et car", "80,00", "CHEQUE", "1234").param("parts[0].account", "6068")
					.param("parts[0].amount", "50")
					.param("parts[1].account", "6251")
					.param("parts[1].amount", "30,00"));
		String entryUrl = saved.getResponse().getRedirectedUrl();
		assertThat(entryUrl).startsWith("/coop/comptabilite/operations/");
		Document entry = page(get(entryUrl).flashAttrs(saved.getFlashMap()));
		assertThat(entry.select("#voucher-notice").text())
			.isEqualTo("Pièce n° D01 : notez ce numéro sur le justificatif.");
		assertThat(entry.select("tbody tr")).extracting(Element::text)
			.containsExactly("6068 – Achats pour les activités éducatives 50,00", "6251 – Sorties et voyages 30,00",
					"512 – Banque 80,00");

		Document book = page(get("/coop/comptabilite"));
		Element row = book.select("table.rk-book tbody tr").first();
		assertThat(row.select("td")).extracting(Element::text)
			.containsExactly("D01", "05/09/2026", "Livres et car", "1234", "", "80,00", "", "",
					"6068 : 50,00 ; 6251 : 30,00", "920,00", "50,00");
	}

	@Test
	void theCashBookDownloadsAsCsvForASpreadsheet() throws Exception {
		openBooks("1 000,00", "50,00", "SERIES");
		perform(expense("05/09/2026", "Livres; et car", "80,00", "CHEQUE", "1234").param("parts[0].account", "6068")
			.param("parts[0].amount", "50")
			.param("parts[1].account", "6251")
			.param("parts[1].amount", "30,00"));
		MvcResult csv = perform(get("/coop/comptabilite/export.csv"));
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		String[] lines = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).startsWith("\uFEFFPièce;Date;Libellé");
		assertThat(lines[1])
			.isEqualTo("D01;05/09/2026;\"Livres; et car\";1234;;80,00;;;\"6068 : 50,00 ; 6251 : 30,00\";920,00;50,00;");
	}

	@Test
	void aLabelThatLooksLikeAFormulaIsExportedAsText() throws Exception {
		openBooks("1 000,00", "50,00", "SINGLE");
		perform(receipt("02/09/2026", "=HYPERLINK(\"https://evil.test\";\"Cliquez\")", "10,00", "CASH")
			.param("parts[0].account", "7562"));
		perform(receipt("03/09/2026", "@SOMME(A1)", "5,00", "CASH").param("parts[0].account", "7562"));
		String[] lines = perform(get("/coop/comptabilite/export.csv")).getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.split("\r\n");
		assertThat(lines[1]).startsWith("1;02/09/2026;\"'=HYPERLINK(\"\"https://evil.test\"\";\"\"Cliquez\"\")\";;");
		assertThat(lines[2]).startsWith("2;03/09/2026;'@SOMME(A1);;");
	}

	@Test
	void aSingleAccountWithoutAmountTakesTheWholeAmount() throws Exception {
		openBooks("0", "0", "SINGLE");
		MvcResult saved = perform(receipt("02/09/2026", "Participation des familles", "120,00", "CASH")
			.param("parts[0].account", "7562"));
		assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/coop/comptabilite/operations/");
		Document situation = page(get("/coop/comptabilite/situation").param("date", "30/09/2026"));
		assertThat(situation.select("#cash").text()).isEqualTo("120,00 €");
		assertThat(situation.select("#bank").text()).isEqualTo("0,00 €");
		assertThat(situation.select("#products").text())
			.contains("7562 – Participation volontaire des familles 120,00");
		assertThat(situation.select("#result").text()).isEqualTo("120,00 €");
	}

	@Test
	void aCashDepositMovesMoneyWithoutAnySplitAndTheSituationAddsUp() throws Exception {
		openBooks("100,00", "0", "SINGLE");
		perform(receipt("02/09/2026", "Kermesse", "60,00", "CASH").param("parts[0].account", "706"));
		perform(expense("03/09/2026", "Goûter", "10,00", "CASH", "").param("parts[0].account", "6068"));
		Document depositForm = page(get("/coop/comptabilite/operations/new").param("type", "CASH_DEPOSIT"));
		assertThat(depositForm.select("select[name=parts[0].account]")).isEmpty();
		assertThat(depositForm.select("select[name=means]")).isEmpty();
		MvcResult deposit = perform(post("/coop/comptabilite/operations").param("operation", "CASH_DEPOSIT")
			.param("date", "04/09/2026")
			.param("label", "Dépôt à la banque")
			.param("amount", "50")
			.param("key", "depot-1"));
		assertThat(deposit.getResponse().getRedirectedUrl()).startsWith("/coop/comptabilite/operations/");
		Document situation = page(get("/coop/comptabilite/situation").param("date", "30/09/2026"));
		assertThat(situation.select("#bank").text()).isEqualTo("150,00 €");
		assertThat(situation.select("#cash").text()).isEqualTo("0,00 €");
		assertThat(situation.select("#result").text()).isEqualTo("50,00 €");
		Document before = page(get("/coop/comptabilite/situation").param("date", "02/09/2026"));
		assertThat(before.select("#cash").text()).isEqualTo("60,00 €");
	}

	@Test
	void badInputGetsFrenchMessagesNextToTheFieldsKeepsWhatWasTypedAndSavesNothing() throws Exception {
		openBooks("0", "0", "SINGLE");
		Document outside = page(expense("01/09/2027", "Livres", "0", "CHEQUE", "").param("parts[0].account", "6068")
			.param("parts[0].amount", "12,00")
			.param("parts[1].account", "7562")
			.param("parts[1].amount", "3"));
		assertThat(outside.select("#date-erreur").text())
			.isEqualTo("Cette date n’est pas dans l’année scolaire 2026 - 2027 (du 1er septembre au 31 août).");
		assertThat(outside.select("#amount-erreur").text()).isEqualTo("Le montant doit être supérieur à zéro.");
		assertThat(outside.select("#chequeNumber-erreur").text()).isEqualTo("Indiquez le numéro du chèque.");
		assertThat(outside.select("#parts1\\.account + .invalid-feedback").text())
			.isEqualTo("Le compte 7562 – Participation volontaire des familles n’est pas un compte de dépenses.");
		assertThat(outside.select("#date").val()).isEqualTo("01/09/2027");
		assertThat(outside.select("#parts0\\.amount").val()).isEqualTo("12,00");

		Document sum = page(expense("10/09/2026", "Livres", "20,00", "CASH", "").param("parts[0].account", "6068")
			.param("parts[0].amount", "12,00")
			.param("parts[1].account", "6251")
			.param("parts[1].amount", "3"));
		assertThat(sum.select("#parts-erreur").text()).isEqualTo(
				"La répartition fait 15,00 € alors que le montant est 20,00 € : les lignes doivent faire le total.");

		Document junk = page(expense("31/02/2026", "", "douze", "", "").param("parts[0].account", "9999"));
		assertThat(junk.select("#date-erreur").text()).startsWith("Ce n’est pas une date");
		assertThat(junk.select("#amount-erreur").text())
			.isEqualTo("Ce n’est pas un montant : écrivez par exemple 12,50.");
		assertThat(junk.select("#label-erreur").text()).startsWith("Indiquez un libellé");
		assertThat(junk.select("#means-erreur").text()).isEqualTo("Indiquez le moyen de paiement.");
		assertThat(junk.select("#parts0\\.account + .invalid-feedback").text())
			.isEqualTo("Le compte 9999 n’existe pas dans le plan comptable.");

		Document negative = page(receipt("10/09/2026", "Dons", "-5", "CASH").param("parts[0].account", "7541"));
		assertThat(negative.select("#amount-erreur").text()).isEqualTo("Le montant doit être supérieur à zéro.");

		assertThat(entries()).isZero();
	}

	@Test
	void theSameFormPostedTwiceRecordsOneEntryAndSaysSo() throws Exception {
		openBooks("0", "0", "SERIES");
		Document form = page(get("/coop/comptabilite/operations/new").param("type", "RECEIPT"));
		String key = form.select("input[name=key]").val();
		assertThat(key).isNotBlank();
		MvcResult first = perform(
				receipt("10/09/2026", "Dons", "5", "CASH").param("parts[0].account", "7541").param("key", key));
		MvcResult second = perform(
				receipt("10/09/2026", "Dons", "5", "CASH").param("parts[0].account", "7541").param("key", key));
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(second.getFlashMap().get("voucherNotice")).isEqualTo("ledger.replayed");
		assertThat(entries()).isEqualTo(1);
	}

	@Test
	void correctingAndCancellingKeepTheVoucherNumber() throws Exception {
		openBooks("0", "20,00", "SINGLE");
		String url = perform(expense("05/09/2026", "Livres", "8,00", "CASH", "").param("parts[0].account", "6068"))
			.getResponse()
			.getRedirectedUrl();
		Document edit = page(get(url + "/edit"));
		assertThat(edit.select("#label").val()).isEqualTo("Livres");
		assertThat(edit.select("#parts0\\.amount").val()).isEqualTo("8,00");
		MvcResult corrected = perform(post(url).param("operation", "EXPENSE")
			.param("date", "06/09/2026")
			.param("label", "Livres de bibliothèque")
			.param("amount", "9,50")
			.param("means", "CASH")
			.param("parts[0].account", "6068")
			.param("version", edit.select("input[name=version]").val()));
		assertThat(corrected.getResponse().getRedirectedUrl()).isEqualTo(url);
		Document entry = page(get(url));
		assertThat(entry.select("h1").text()).isEqualTo("Pièce n° 1");
		assertThat(entry.text()).contains("Livres de bibliothèque").contains("9,50");
		perform(post(url + "/cancel").param("version", entry.select("input[name=version]").val()));
		Document book = page(get("/coop/comptabilite"));
		assertThat(book.select("table.rk-book tbody tr").first().text()).contains("1").contains("Annulée");
		assertThat(page(get("/coop/comptabilite/situation")).select("#cash").text()).isEqualTo("20,00 €");
	}

	@Test
	void anotherCooperativesEntriesAreNeverFound() throws Exception {
		openBooks("0", "10,00", "SINGLE");
		String url = perform(expense("05/09/2026", "Secret", "8,00", "CASH", "").param("parts[0].account", "6068"))
			.getResponse()
			.getRedirectedUrl();
		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative Voisine");
		Cookie otherSession = loginCooperative(other);
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").cookie(otherSession)
				.param("openingBank", "0")
				.param("openingCash", "0")
				.param("voucherStyle", "SINGLE")
				.with(csrf()))
			.andReturn();
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get(url), get(url + "/edit"),
				post(url).param("label", "Piraté").with(csrf()),
				post(url + "/cancel").param("version", "0").with(csrf()) }) {
			MvcResult result = this.mvc.perform(request.cookie(otherSession)).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(404);
		}
		Document otherBook = html(this.mvc.perform(get("/coop/comptabilite").cookie(otherSession)).andReturn());
		assertThat(otherBook.text()).doesNotContain("Secret");
		Cookie staff = loginStaff(this.association);
		assertThat(this.mvc.perform(get("/coop/comptabilite").cookie(staff)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(page(get(url)).text()).contains("Secret");
	}

	private void openBooks(String bank, String cash, String style) throws Exception {
		MvcResult opened = perform(post("/coop/comptabilite/ouverture").param("openingBank", bank)
			.param("openingCash", cash)
			.param("voucherStyle", style));
		assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite");
	}

	private MockHttpServletRequestBuilder expense(String date, String label, String amount, String means,
			String cheque) {
		return post("/coop/comptabilite/operations").param("operation", "EXPENSE")
			.param("date", date)
			.param("label", label)
			.param("amount", amount)
			.param("means", means)
			.param("chequeNumber", cheque);
	}

	private MockHttpServletRequestBuilder receipt(String date, String label, String amount, String means) {
		return post("/coop/comptabilite/operations").param("operation", "RECEIPT")
			.param("date", date)
			.param("label", label)
			.param("amount", amount)
			.param("means", means);
	}

	private long entries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

}
