package coop.occe.retkoop.ledger.fec;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.BalancedLines;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Line;
import coop.occe.retkoop.ledger.pointing.BankItem;
import coop.occe.retkoop.ledger.pointing.BankStatement;
import coop.occe.retkoop.ledger.pointing.Pointing;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The FEC (fichier des écritures comptables, article A47 A-1 of the Livre des procédures
 * fiscales) of a cooperative's year: the "à nouveaux" of 1 September first, then every
 * entry that counts (cancelled ones do not), in date order, each in the journal of its
 * treasury — bank, else cash box, else "opérations diverses" — and numbered from 1
 * without gap within its journal. The file is named after the SIREN of the AD, the legal
 * person whose books the cooperatives' are.
 */
@Service
public class FecExport {

	/** The reserved accounts of the opening entry. */
	static final String CREDIT_CARRIED = "110";

	static final String DEBIT_CARRIED = "119";

	private final Ledger ledger;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final Pointing pointing;

	FecExport(Ledger ledger, Directory directory, JdbcClient jdbc, MessageSource messages, Clock clock,
			Pointing pointing) {
		this.pointing = pointing;
		this.ledger = ledger;
		this.directory = directory;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** The FEC of the year, or why it cannot be made (the AD has no SIRET yet). */
	public Result<Fec> export(FiscalYear year) {
		Optional<String> siren = siren(year.associationId());
		if (siren.isEmpty()) {
			return Result.refused(Problem.of(null, "ledger.fec.noSiren"));
		}
		String name = siren.get() + "FEC" + FecRow.date(year.schoolYear().lastDay()) + ".txt";
		Map<String, Account> chart = this.ledger.chartByCode(year.associationId(), year.schoolYear());
		List<FecRow> rows = new ArrayList<>(opening(year, chart));
		Map<Journal, Integer> numbers = new EnumMap<>(Journal.class);
		Map<Long, Lettering> lettered = lettering(year);
		for (Posted entry : entries(year)) {
			Journal journal = Journal.of(entry.lines());
			int number = numbers.merge(journal, 1, Integer::sum);
			Lettering letter = lettered.get(entry.id());
			for (Line line : entry.lines()) {
				boolean onStatement = letter != null && BalancedLines.BANK.equals(line.accountCode());
				rows.add(new FecRow(journal.name(), label(journal), number, entry.date(), line.accountCode(),
						accountLabel(line.accountCode(), chart), entry.voucher(), entry.date(), entry.label(),
						line.debit(), line.credit(), onStatement ? letter.code() : "",
						onStatement ? letter.date() : null, entry.validated()));
			}
		}
		return Result.done(new Fec(name, rows));
	}

	/**
	 * The "à nouveaux": what the cooperative held on 1 September (bank, cash box, régies
	 * carried) against the report à nouveau, one entry, none when everything is zero.
	 */
	private List<FecRow> opening(FiscalYear year, Map<String, Account> chart) {
		List<Line> lines = new ArrayList<>();
		addIfNotZero(lines, BalancedLines.BANK, year.openingBank());
		addIfNotZero(lines, BalancedLines.CASH, year.openingCash());
		addIfNotZero(lines, BalancedLines.ADVANCE, year.openingAdvances());
		if (lines.isEmpty()) {
			return List.of();
		}
		Money held = year.openingBank().plus(year.openingCash()).plus(year.openingAdvances());
		if (!held.isZero()) {
			lines.add(new Line(held.isNegative() ? DEBIT_CARRIED : CREDIT_CARRIED, held.negate()));
		}
		LocalDate first = year.schoolYear().firstDay();
		String label = message("ledger.fec.openingLabel", FecRow.displayDate(first));
		List<FecRow> rows = new ArrayList<>();
		for (Line line : BalancedLines.of(lines).lines()) {
			rows.add(new FecRow(Journal.AN.name(), label(Journal.AN), 1, first, line.accountCode(),
					accountLabel(line.accountCode(), chart), "AN", first, label, line.debit(), line.credit(), "", null,
					first));
		}
		return rows;
	}

	private static void addIfNotZero(List<Line> lines, String account, Money amount) {
		if (!amount.isZero()) {
			lines.add(new Line(account, amount));
		}
	}

	/**
	 * The letter of each entry found on a bank statement: A for the year's first
	 * statement, B for the second… (AA after Z), with the statement's date.
	 */
	private Map<Long, Lettering> lettering(FiscalYear year) {
		Map<Long, Lettering> byStatement = new HashMap<>();
		List<BankStatement> statements = this.pointing.statements(year);
		for (int i = 0; i < statements.size(); i++) {
			byStatement.put(statements.get(i).id(), new Lettering(letters(i), statements.get(i).date()));
		}
		Map<Long, Lettering> byEntry = new HashMap<>();
		for (BankItem item : this.pointing.bankItems(year)) {
			if (item.isPointed()) {
				byEntry.put(item.entryId(), byStatement.get(item.statementId()));
			}
		}
		return byEntry;
	}

	static String letters(int index) {
		String letters = "";
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters = (char) ('A' + (n - 1) % 26) + letters;
		}
		return letters;
	}

	private record Lettering(String code, LocalDate date) {

	}

	private List<Posted> entries(FiscalYear year) {
		List<Posted> entries = new ArrayList<>();
		this.jdbc.sql("""
				SELECT e.id, e.voucher, e.entry_date, e.label, e.created_at, l.account_code, l.amount
				FROM ledger_entry e JOIN ledger_line l ON l.entry_id = e.id
				WHERE e.fiscal_year_id = ? AND e.cancelled = FALSE
				ORDER BY e.entry_date, e.id, l.id""").param(year.id()).query((rs) -> {
			long id = rs.getLong("id");
			Posted last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
			if (last == null || last.id() != id) {
				LocalDate validated = rs.getObject("created_at", OffsetDateTime.class)
					.atZoneSameInstant(this.clock.getZone())
					.toLocalDate();
				last = new Posted(id, rs.getString("voucher"), rs.getObject("entry_date", LocalDate.class),
						rs.getString("label"), validated, new ArrayList<>());
				entries.add(last);
			}
			last.lines().add(new Line(rs.getString("account_code"), Money.ofCents(rs.getLong("amount"))));
		});
		return entries;
	}

	private Optional<String> siren(long associationId) {
		return this.directory.association(associationId)
			.map(AssociationSummary::siret)
			.map((siret) -> siret.replaceAll("\\s", ""))
			.filter((siret) -> siret.length() >= 9)
			.map((siret) -> siret.substring(0, 9));
	}

	private String label(Journal journal) {
		return message("ledger.fec.journal." + journal.name());
	}

	private String accountLabel(String code, Map<String, Account> chart) {
		Account account = chart.get(code);
		return (account != null) ? account.label() : code;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.FRENCH);
	}

	/** An entry as the FEC sees it: voucher, dates, label and its balanced lines. */
	private record Posted(long id, String voucher, LocalDate date, String label, LocalDate validated,
			List<Line> lines) {

	}

	/** The journals of a cooperative's FEC, in the order of the file's first lines. */
	enum Journal {

		/** À nouveaux: the balances carried on 1 September. */
		AN,
		/** Every entry that moves the bank account. */
		BQ,
		/** Every entry that moves the cash box and not the bank. */
		CA,
		/** The rest (régies spent, transfers between internal accounts). */
		OD;

		static Journal of(List<Line> lines) {
			if (lines.stream().anyMatch((line) -> BalancedLines.BANK.equals(line.accountCode()))) {
				return BQ;
			}
			if (lines.stream().anyMatch((line) -> BalancedLines.CASH.equals(line.accountCode()))) {
				return CA;
			}
			return OD;
		}

	}

	/** The file: its name and its lines. */
	public record Fec(String fileName, List<FecRow> rows) {

		public Fec {
			rows = List.copyOf(rows);
		}

	}

}
