package coop.occe.retkoop.ledger.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.ledger.cheques.Cheques;
import coop.occe.retkoop.ledger.classbooks.ClassBook;
import coop.occe.retkoop.ledger.classbooks.ClassBooks;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first months of the current school year in the books of the seed's cooperative
 * (Jules Ferry, LA ROSE, 046-0410), so that the demo's mandataire does not open an empty
 * cash book: the year opened, a chéquier, families' participation in cash deposited at
 * the bank, a purchase by cheque, the OCCE fees and the commune's subsidy by transfer,
 * and a CE2 class book whose teacher spends a régie (one line accepted, one waiting).
 * Dates count from 1 September and never pass today. Runs after the directory's demo data
 * (order 0) and only while the year is not opened, so restarts add nothing; the CE2
 * teacher's login is printed at every start.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "retkoop.demo.enabled", havingValue = "true")
public class LedgerDemoData implements ApplicationRunner {

	public static final String TEACHER_EMAIL = "ce2.julesferry@occe46.test";

	public static final String TEACHER_PASSWORD = "demo-ce2-2025";

	public static final String TEACHER_NAME = "Mme Sophie LACROIX";

	public static final String CLASS_NAME = "CE2";

	static final String ASSOCIATION_NUMBER = "046";

	static final String UAI = "0460410W";

	private static final Logger log = LoggerFactory.getLogger(LedgerDemoData.class);

	private final Directory directory;

	private final Ledger ledger;

	private final Cheques cheques;

	private final Advances advances;

	private final ClassBooks classBooks;

	private final Accounts accounts;

	LedgerDemoData(Directory directory, Ledger ledger, Cheques cheques, Advances advances, ClassBooks classBooks,
			Accounts accounts) {
		this.cheques = cheques;
		this.advances = advances;
		this.directory = directory;
		this.ledger = ledger;
		this.classBooks = classBooks;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CooperativeSummary> coop = demoCooperative();
		if (coop.isEmpty()) {
			return;
		}
		SchoolYear year = this.ledger.currentYear();
		if (this.ledger.fiscalYear(coop.get().id(), year).isEmpty()) {
			fill(coop.get(), year);
		}
		if (teacherBook(coop.get().id()).isPresent()) {
			log.info("\n\n========== Retkoop : cahier de comptabilité de démonstration ==========\n"
					+ "  Cahier de comptabilité de 046-0410 : exercice " + year.label()
					+ ", opérations depuis le 1er septembre\n" + "  Enseignante du CE2 (cahier de classe) : "
					+ TEACHER_EMAIL + " / " + TEACHER_PASSWORD + "\n"
					+ "=======================================================================\n");
		}
	}

	/** The cooperative of the seed letter, once the directory's demo data made it. */
	Optional<CooperativeSummary> demoCooperative() {
		return this.directory.associations()
			.stream()
			.filter((association) -> ASSOCIATION_NUMBER.equals(association.number()))
			.findFirst()
			.flatMap((lot) -> this.directory.activeCooperativesOf(lot.id())
				.stream()
				.filter((coop) -> UAI.equals(coop.uai()))
				.findFirst());
	}

	private void fill(CooperativeSummary coop, SchoolYear schoolYear) {
		FiscalYear year = this.ledger
			.openYear(coop.id(), schoolYear, Money.of("1250.00"), Money.of("35.00"), VoucherStyle.SERIES)
			.orElseThrow();
		if (this.cheques.chequebooks(coop.id()).isEmpty()) {
			warnIf("chéquier", this.cheques.addChequebook(coop.id(), "2345601", "2345625"));
		}
		String key = "demo-" + schoolYear.startYear() + "-";
		post(year, 4, Operation.RECEIPT, "Participation volontaire des familles (CP et CE1)", PaymentMeans.CASH,
				"96.00", "7562", key + "familles-1");
		post(year, 11, Operation.RECEIPT, "Participation volontaire des familles (CE2 au CM2)", PaymentMeans.CASH,
				"132.00", "7562", key + "familles-2");
		post(year, 14, Operation.CASH_DEPOSIT, "Dépôt des espèces à la banque", null, "200.00", null, key + "depot");
		post(year, 18, Operation.EXPENSE, "Peinture et papier pour les arts plastiques", PaymentMeans.CHEQUE, "86.40",
				"6068", key + "achat");
		post(year, 25, Operation.EXPENSE, "Cotisation OCCE 112 coopérateurs (adhésion et assurance)",
				PaymentMeans.TRANSFER, "257.60", "6281", key + "cotisation");
		post(year, 43, Operation.RECEIPT, "Subvention de la commune de La Rose pour les sorties", PaymentMeans.TRANSFER,
				"600.00", "744", key + "subvention");
		classBook(coop, year, key);
	}

	/** The CE2 class book, its teacher with a known password, a régie and two lines. */
	private void classBook(CooperativeSummary coop, FiscalYear year, String key) {
		Optional<ClassBook> existing = teacherBook(coop.id());
		if (existing.isEmpty() && !this.accounts.loginExists(TEACHER_EMAIL)) {
			ClassBooks.Invitation invitation = this.classBooks.invite(coop.associationId(), coop.id(), CLASS_NAME,
					TEACHER_NAME, TEACHER_EMAIL);
			warnIf("cahier du CE2", invitation.problems());
			if (invitation.initialPassword() != null && !this.accounts.replaceInitialPassword(TEACHER_EMAIL,
					invitation.initialPassword().value(), TEACHER_PASSWORD)) {
				log.warn("Démo : le mot de passe de démonstration de {} n’a pas pu être posé", TEACHER_EMAIL);
			}
			existing = teacherBook(coop.id());
		}
		if (existing.isEmpty()) {
			return;
		}
		ClassBook book = existing.get();
		LocalDate paidOn = day(year, 30);
		if (this.advances.openAdvanceOfClass(year, book.id()).isEmpty() && !paidOn.isAfter(this.ledger.today())) {
			String cheque = this.cheques.suggestedCheque(coop.id()).map(String::valueOf).orElse("");
			PostResult paid = this.advances.openAdvance(year, null, book.id(),
					new EntryDraft(Operation.ADVANCE_PAYMENT, paidOn, "Régie d’avance de la classe de CE2",
							PaymentMeans.CHEQUE, cheque, Money.of("150.00"), List.of(), key + "regie-ce2"));
			warnIf("régie du CE2", paid.problems());
		}
		if (this.advances.openAdvanceOfClass(year, book.id()).isEmpty()) {
			return;
		}
		recordOnAdvance(year, book, 35, "Albums pour la bibliothèque de la classe", "42.50", key + "ce2-albums");
		recordOnAdvance(year, book, 49, "Graines et terreau pour le potager", "18.90", key + "ce2-potager");
		this.classBooks.lines(year, book)
			.stream()
			.filter((line) -> line.isPending() && line.label().startsWith("Albums"))
			.findFirst()
			.ifPresent((line) -> warnIf("ligne du CE2 acceptée", this.classBooks.accept(year, book, line).problems()));
	}

	private void recordOnAdvance(FiscalYear year, ClassBook book, int daysAfterStart, String label, String amount,
			String key) {
		LocalDate date = day(year, daysAfterStart);
		if (date.isAfter(this.ledger.today())) {
			return;
		}
		Money money = Money.of(amount);
		warnIf(label, this.classBooks.record(year, book, new EntryDraft(Operation.EXPENSE, date, label,
				PaymentMeans.ADVANCE, "", money, List.of(new Split("6068", money)), key)));
	}

	/** Posts an entry of the demo unless its day is still to come. */
	private void post(FiscalYear year, int daysAfterStart, Operation operation, String label, PaymentMeans means,
			String amount, String account, String key) {
		LocalDate date = day(year, daysAfterStart);
		if (date.isAfter(this.ledger.today())) {
			return;
		}
		Money money = Money.of(amount);
		String cheque = (means == PaymentMeans.CHEQUE)
				? this.cheques.suggestedCheque(year.cooperativeId()).map(String::valueOf).orElse("") : "";
		List<Split> splits = (account != null) ? List.of(new Split(account, money)) : List.of();
		warnIf(label, this.ledger.post(year, new EntryDraft(operation, date, label, means, cheque, money, splits, key))
			.problems());
	}

	private Optional<ClassBook> teacherBook(long cooperativeId) {
		return this.classBooks.books(cooperativeId)
			.stream()
			.filter((book) -> CLASS_NAME.equals(book.className()))
			.findFirst();
	}

	private static LocalDate day(FiscalYear year, int daysAfterStart) {
		return year.schoolYear().firstDay().plusDays(daysAfterStart);
	}

	/** Demo data never stops the application: a refused step is only logged. */
	private static void warnIf(String step, List<Problem> problems) {
		if (problems != null && !problems.isEmpty()) {
			log.warn("Démo : « {} » refusé : {}", step, problems);
		}
	}

}
