package coop.occe.retkoop.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.reporting.FinancialReport.ReportLine;
import coop.occe.retkoop.reporting.crf.CrfMapping;
import coop.occe.retkoop.reporting.crf.CrfMappings;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the CRF over random years posted through {@link Ledger#post} and random
 * AD lines: each line adds its accounts' entries, the lines add up to the totals, and the
 * holdings at 31 August are the report à nouveau plus the résultat. The Spring context is
 * the web tests' cached one (jqwik has no Spring extension here).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrfPropertyTests {

	static final SchoolYear YEAR = new SchoolYear(2026);

	private static ApplicationContext context;

	private static synchronized ApplicationContext context() {
		if (context == null) {
			context = new TestContextManager(CrfPropertyTests.class).getTestContext().getApplicationContext();
		}
		return context;
	}

	@Property(tries = 25)
	void everyLineAddsItsAccountsEntriesAndTheBilanBalances(
			@ForAll @Size(max = 30) List<@net.jqwik.api.From("posts") Post> posts,
			@ForAll @LongRange(min = 0, max = 500_000) long openingBank,
			@ForAll @LongRange(min = 0, max = 50_000) long openingCash, @ForAll @IntRange(min = 0, max = 3) int lines,
			@ForAll("assignments") List<Integer> assignment) {
		Ledger ledger = context().getBean(Ledger.class);
		CrfMappings mappings = context().getBean(CrfMappings.class);
		TestData data = new TestData(context().getBean(AssociationRepository.class),
				context().getBean(CooperativeService.class), context().getBean(Accounts.class),
				context().getBean(JdbcClient.class), context().getBean(PasswordEncoder.class));
		TestData.TestAssociation ad = data.association("OCCE Aléatoire");
		TestData.TestCooperative coop = data.cooperative(ad, "Coopérative Aléatoire");
		FiscalYear year = ledger
			.openYear(coop.id(), YEAR, Money.ofCents(openingBank), Money.ofCents(openingCash), VoucherStyle.SINGLE)
			.orElseThrow();

		// Random lines of the AD, each charge or product account put in one of them or
		// left alone.
		List<Account> chart = ledger.chart(ad.id(), YEAR);
		List<String> added = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			added.add(mappings
				.addLine(ad.id(), YEAR, "Ligne " + i, (i % 2 == 0) ? AccountKind.CHARGE : AccountKind.PRODUCT)
				.orElseThrow());
		}
		Map<String, String> chosen = new HashMap<>();
		for (int i = 0; i < chart.size() && i < assignment.size(); i++) {
			Account account = chart.get(i);
			int pick = assignment.get(i);
			if (pick < added.size() && CrfMapping.KINDS.contains(account.kind())
					&& (pick % 2 == 0) == (account.kind() == AccountKind.CHARGE)) {
				chosen.put(account.code(), added.get(pick));
			}
		}
		mappings.assign(ad.id(), YEAR, chosen);

		Map<String, Long> sums = new HashMap<>();
		for (Post post : posts) {
			Money amount = Money.ofCents(post.cents());
			EntryDraft draft = new EntryDraft(post.operation(), post.date(), "Opération", post.means(), "", amount,
					List.of(new Split(post.account(), amount)), null);
			if (ledger.post(year, draft).isPosted()) {
				sums.merge(post.account(), post.cents(), Long::sum);
			}
		}

		FinancialReport report = context().getBean(FinancialReports.class).of(year);
		CrfMapping mapping = mappings.of(ad.id(), YEAR);
		for (AccountKind kind : CrfMapping.KINDS) {
			List<ReportLine> reported = (kind == AccountKind.CHARGE) ? report.charges() : report.products();
			for (ReportLine line : reported) {
				long expected = chart.stream()
					.filter((a) -> a.kind() == kind && mapping.lineOf(a.code(), kind).equals(line.code()))
					.mapToLong((a) -> sums.getOrDefault(a.code(), 0L))
					.sum();
				assertThat(line.total()).as(line.code()).isEqualTo(Money.ofCents(expected));
			}
			long all = chart.stream()
				.filter((a) -> a.kind() == kind)
				.mapToLong((a) -> sums.getOrDefault(a.code(), 0L))
				.sum();
			Money total = (kind == AccountKind.CHARGE) ? report.totalCharges() : report.totalProducts();
			assertThat(total).isEqualTo(Money.ofCents(all));
			assertThat(reported.stream().map(ReportLine::total).reduce(Money.ZERO, Money::plus)).isEqualTo(total);
		}
		assertThat(report.closing().total()).isEqualTo(report.opening().total().plus(report.result()));
		assertThat(report.isBalanced()).isTrue();
	}

	@Provide
	Arbitrary<Post> posts() {
		Arbitrary<String> charges = Arbitraries.of("607", "6068", "616", "6251", "627", "6281", "657", "671");
		Arbitrary<String> products = Arbitraries.of("707", "706", "741", "744", "748", "7562", "7541", "758");
		Arbitrary<Operation> operations = Arbitraries.of(Operation.EXPENSE, Operation.RECEIPT);
		Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 364).map((d) -> YEAR.firstDay().plusDays(d));
		Arbitrary<PaymentMeans> means = Arbitraries.of(PaymentMeans.CASH, PaymentMeans.CHEQUE, PaymentMeans.TRANSFER);
		return Combinators.combine(operations, charges, products, dates, means, Arbitraries.longs().between(1, 300_000))
			.as((operation, charge, product, date, mean, cents) -> new Post(operation,
					(operation == Operation.EXPENSE) ? charge : product, date, mean, cents));
	}

	@Provide
	Arbitrary<List<Integer>> assignments() {
		return Arbitraries.integers().between(0, 5).list().ofSize(30);
	}

	record Post(Operation operation, String account, LocalDate date, PaymentMeans means, long cents) {

	}

}
