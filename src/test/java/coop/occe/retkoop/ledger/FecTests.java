package coop.occe.retkoop.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.fec.FecExport;
import coop.occe.retkoop.ledger.fec.FecRow;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.support.WebTestSupport;
import coop.occe.retkoop.shared.Result;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The FEC (article A47 A-1 of the Livre des procédures fiscales) of the demo
 * cooperative's year checked rule by rule, and its download by the mandataire.
 */
@TestPropertySource(properties = "retkoop.demo.enabled=true")
class FecTests extends WebTestSupport {

	private static final DateTimeFormatter AAAAMMJJ = DateTimeFormatter.BASIC_ISO_DATE;

	@Autowired
	Directory directory;

	@Autowired
	Ledger ledger;

	@Autowired
	FecExport fec;

	@Test
	void theDemoYearsFecFollowsEveryRuleOfTheArticle() throws Exception {
		CooperativeSummary coop = DemoCooperative.of(this.directory);
		FiscalYear year = this.ledger.fiscalYear(coop.id(), this.ledger.currentYear()).orElseThrow();
		Result<FecExport.Fec> result = this.fec.export(year);
		assertThat(result.problems()).isEmpty();
		assertThat(result.value().fileName()).as("SIREN of the AD, FEC, closing date")
			.isEqualTo("775708669FEC" + year.schoolYear().lastDay().format(AAAAMMJJ) + ".txt");

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		FecRow.write(result.value().rows(), bytes);
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents", result.value().fileName()), bytes.toByteArray());
		String text = bytes.toString(FecRow.CHARSET);
		assertThat(text).endsWith("\r\n");
		List<String[]> lines = Arrays.stream(text.split("\r\n")).map((line) -> line.split("\t", -1)).toList();

		assertThat(lines.get(0)).containsExactly("JournalCode", "JournalLib", "EcritureNum", "EcritureDate",
				"CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit",
				"Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");
		List<String[]> rows = lines.subList(1, lines.size());
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row).hasSize(18));
		assertThat(rows.get(0)[0]).as("the à nouveaux come first").isEqualTo("AN");

		Map<String, List<Integer>> numbersInOrder = new LinkedHashMap<>();
		Map<String, Long> balanceOfEntry = new HashMap<>();
		Map<String, Long> byAccount = new HashMap<>();
		Set<String> vouchers = new TreeSet<>();
		for (String[] row : rows) {
			assertThat(row[0]).isIn("AN", "BQ", "CA", "OD");
			assertThat(row[1]).isNotBlank();
			LocalDate entryDate = LocalDate.parse(row[3], AAAAMMJJ);
			assertThat(entryDate).isBetween(year.schoolYear().firstDay(), year.schoolYear().lastDay());
			assertThat(row[4]).isNotBlank();
			assertThat(row[5]).isNotBlank();
			assertThat(row[8]).isNotBlank();
			assertThat(LocalDate.parse(row[9], AAAAMMJJ)).isEqualTo(entryDate);
			assertThat(row[10]).isNotBlank();
			assertThat(row[11]).matches("\\d+,\\d{2}");
			assertThat(row[12]).matches("\\d+,\\d{2}");
			long debit = cents(row[11]);
			long credit = cents(row[12]);
			assertThat(debit == 0 ^ credit == 0).as("one side of a line, not both: %s", String.join("|", row)).isTrue();
			assertThat(row[15]).as("ValidDate filled").matches("\\d{8}");
			LocalDate.parse(row[15], AAAAMMJJ);
			assertThat(row[6] + row[7] + row[16] + row[17]).isEmpty();
			int number = Integer.parseInt(row[2]);
			List<Integer> seen = numbersInOrder.computeIfAbsent(row[0], (k) -> new ArrayList<>());
			if (seen.isEmpty() || seen.get(seen.size() - 1) != number) {
				seen.add(number);
			}
			balanceOfEntry.merge(row[0] + "-" + number, debit - credit, Long::sum);
			byAccount.merge(row[4], debit - credit, Long::sum);
			if (!row[0].equals("AN")) {
				vouchers.add(row[8]);
			}
		}
		numbersInOrder.forEach((journal, numbers) -> assertThat(numbers)
			.as("entries of %s numbered from 1 without gap, in the file's order", journal)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
		assertThat(balanceOfEntry).as("every EcritureNum balanced").allSatisfy((key, sum) -> assertThat(sum).isZero());
		assertThat(numbersInOrder).containsKeys("AN", "BQ", "CA");

		Position end = this.ledger.position(year, year.schoolYear().lastDay());
		long products = -byAccount.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith("7"))
			.mapToLong(Map.Entry::getValue)
			.sum();
		long charges = byAccount.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith("6"))
			.mapToLong(Map.Entry::getValue)
			.sum();
		assertThat(Money.ofCents(products - charges)).as("6 and 7 accounts give the résultat").isEqualTo(end.result());
		assertThat(Money.ofCents(byAccount.get(BalancedLines.BANK))).isEqualTo(end.bank());
		assertThat(Money.ofCents(byAccount.get(BalancedLines.CASH))).isEqualTo(end.cash());
		assertThat(Money.ofCents(byAccount.getOrDefault(BalancedLines.ADVANCE, 0L))).isEqualTo(end.advances());
		assertThat(Money.ofCents(-byAccount.getOrDefault("110", 0L) - byAccount.getOrDefault("119", 0L)))
			.as("report à nouveau = what was held on 1 September")
			.isEqualTo(end.openingHoldings());

		Set<String> counted = this.jdbc
			.sql("SELECT voucher FROM ledger_entry WHERE fiscal_year_id = ? AND cancelled = FALSE")
			.param(year.id())
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(vouchers).as("every entry that counts, once").isEqualTo(counted);
		int entries = numbersInOrder.entrySet()
			.stream()
			.filter((e) -> !e.getKey().equals("AN"))
			.mapToInt((e) -> e.getValue().size())
			.sum();
		assertThat(entries).isEqualTo(counted.size());
	}

	@Test
	void theMandataireDownloadsTheFileOfItsOwnYearOnlyAndIsToldWhenTheAdHasNoSiret() throws Exception {
		var association = this.data.association("OCCE du FEC");
		var cooperative = this.data.readyCooperative(association, "Coopérative du FEC");
		var neighbour = this.data.readyCooperative(association, "Coopérative Voisine");
		Cookie session = loginCooperative(cooperative);
		Cookie other = loginCooperative(neighbour);
		String date = this.ledger.currentYear()
			.firstDay()
			.plusDays(3)
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		for (Cookie who : List.of(session, other)) {
			this.mvc
				.perform(post("/coop/comptabilite/ouverture").param("openingBank", "500")
					.param("openingCash", "20")
					.param("voucherStyle", "SINGLE")
					.cookie(who)
					.with(csrf()))
				.andReturn();
		}
		receipt(session, date, "Sortie à l’écomusée\tclasse de CE1 – 12 €", "7562");
		receipt(other, date, "Kermesse de la voisine", "7562");

		MvcResult page = this.mvc.perform(get("/coop/comptabilite/fec").cookie(session)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(page).select("#fec-download").attr("href")).isEqualTo("/coop/comptabilite/fec.txt");

		MvcResult file = this.mvc.perform(get("/coop/comptabilite/fec.txt").cookie(session)).andReturn();
		assertThat(file.getResponse().getStatus()).isEqualTo(200);
		assertThat(file.getResponse().getContentType()).isEqualToIgnoringCase("text/plain;charset=ISO-8859-15");
		String name = "775708669FEC" + this.ledger.currentYear().lastDay().format(AAAAMMJJ) + ".txt";
		assertThat(file.getResponse().getHeader("Content-Disposition")).contains(name);
		String text = new String(file.getResponse().getContentAsByteArray(), FecRow.CHARSET);
		assertThat(text).contains("\tSortie à l'écomusée classe de CE1 - 12 €\t")
			.contains("\t500,00\t")
			.doesNotContain("Kermesse");

		this.jdbc.sql("UPDATE directory_association SET siret = '' WHERE id = ?").param(association.id()).update();
		MvcResult refused = this.mvc.perform(get("/coop/comptabilite/fec.txt").cookie(session)).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(303);
		assertThat(refused.getResponse().getHeader("Location")).isEqualTo("/coop/comptabilite/fec");
		MvcResult explained = this.mvc.perform(get("/coop/comptabilite/fec").cookie(session)).andReturn();
		assertThat(html(explained).select("#fec-problems").text()).contains("SIRET");
		assertThat(html(explained).select("#fec-download")).isEmpty();
	}

	private void receipt(Cookie session, String date, String label, String account) throws Exception {
		MvcResult posted = this.mvc
			.perform(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
				.param("date", date)
				.param("label", label)
				.param("amount", "12")
				.param("means", "CASH")
				.param("parts[0].account", account)
				.cookie(session)
				.with(csrf()))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).as(posted.getResponse().getContentAsString()).isNotNull();
	}

	private static long cents(String amount) {
		return Long.parseLong(amount.replace(",", ""));
	}

}
