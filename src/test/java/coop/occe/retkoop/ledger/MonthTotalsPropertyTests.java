package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.ledger.bilan.Bilans;
import coop.occe.retkoop.ledger.internal.EntryRepository;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month totals kept by posting, correcting and cancelling through {@link Ledger} give
 * exactly the sums of adding every line again, at every date of the year; the bilan's
 * figures for the reports add up the same subsidies as the bilan. The Spring context is
 * the web tests' cached one (jqwik has no Spring extension here).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonthTotalsPropertyTests {

	static final SchoolYear YEAR = new SchoolYear(2026);

	private static ApplicationContext context;

	private static synchronized ApplicationContext context() {
		if (context == null) {
			context = new TestContextManager(MonthTotalsPropertyTests.class).getTestContext().getApplicationContext();
		}
		return context;
	}

	/** A post (target < 0), or a correction or a cancellation of an earlier entry. */
	record Step(int target, boolean cancel, Operation operation, PaymentMeans means, String account, int day,
			long cents) {

	}

	@Property(tries = 15)
	void theMonthTotalsGiveTheSumsOfAllTheLinesAtEveryDate(
			@ForAll @Size(max = 40) List<@net.jqwik.api.From("steps") Step> steps) {
		Ledger ledger = context().getBean(Ledger.class);
		EntryRepository entries = context().getBean(EntryRepository.class);
		TestData data = new TestData(context().getBean(AssociationRepository.class),
				context().getBean(CooperativeService.class), context().getBean(Accounts.class),
				context().getBean(JdbcClient.class), context().getBean(PasswordEncoder.class));
		TestData.TestCooperative coop = data.cooperative(data.association("OCCE Totaux"), "Coopérative Totaux");
		FiscalYear year = ledger.openYear(coop.id(), YEAR, Money.euros(1_000), Money.euros(500), VoucherStyle.SINGLE)
			.orElseThrow();
		List<Long> posted = new ArrayList<>();
		for (Step step : steps) {
			Money amount = Money.ofCents(step.cents());
			EntryDraft draft = new EntryDraft(step.operation(), YEAR.firstDay().plusDays(step.day()), "Opération",
					step.means(), "", amount, List.of(new Split(step.account(), amount)), null);
			if (step.target() < 0 || posted.isEmpty()) {
				PostResult result = ledger.post(year, draft);
				if (result.isPosted()) {
					posted.add(result.entryId());
				}
				continue;
			}
			long id = posted.get(step.target() % posted.size());
			EntryView before = ledger.entry(year, id).orElseThrow();
			if (step.cancel()) {
				ledger.cancel(year, id, before.version());
			}
			else {
				EntryDraft corrected = new EntryDraft(before.operation(), draft.date(), draft.label(), draft.means(),
						"", amount,
						List.of(new Split((before.operation() == Operation.EXPENSE) ? "6068" : "706", amount)), null);
				ledger.correct(year, id, before.version(), corrected);
			}
		}
		Bilans bilans = context().getBean(Bilans.class);
		for (LocalDate date = YEAR.firstDay(); !date.isAfter(YEAR.lastDay()); date = date.plusDays(1)) {
			assertThat(entries.sumsByAccount(year.id(), date)).as("at %s", date)
				.isEqualTo(entries.sumsByAccountFromLines(year.id(), date));
			if (date.getDayOfMonth() == 15 || date.getDayOfMonth() == date.lengthOfMonth()) {
				assertThat(bilans.figuresAt(year, date).totalSubsidies()).as("subsidies at %s", date)
					.isEqualTo(bilans.at(year, date).totalSubsidies());
			}
		}
	}

	@Provide
	Arbitrary<Step> steps() {
		Arbitrary<Integer> targets = Arbitraries.integers().between(-3, 40);
		Arbitrary<Boolean> cancels = Arbitraries.of(true, false);
		Arbitrary<Operation> operations = Arbitraries.of(Operation.RECEIPT, Operation.EXPENSE);
		Arbitrary<PaymentMeans> means = Arbitraries.of(PaymentMeans.CASH, PaymentMeans.TRANSFER);
		Arbitrary<Integer> days = Arbitraries.integers().between(0, 364);
		Arbitrary<Long> cents = Arbitraries.longs().between(1, 20_000);
		return Combinators.combine(targets, cancels, operations, means, days, cents)
			.as((target, cancel, operation, mean, day,
					amount) -> new Step(
							target, cancel, operation, mean, (operation == Operation.EXPENSE)
									? ((day % 2 == 0) ? "6068" : "6251") : ((day % 2 == 0) ? "7562" : "744"),
							day, amount));
	}

}
