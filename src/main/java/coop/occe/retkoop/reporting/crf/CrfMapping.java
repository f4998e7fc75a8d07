package coop.occe.retkoop.reporting.crf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * The CRF's lines of an AD for a school year and the line each account falls in; an
 * account without a line (or whose line is gone or of the other kind) falls in its
 * default line, the one of its own code and label, so no amount is ever left out.
 *
 * @param source the year the lines were set for: this year, an earlier one they are
 * copied from, or null for the default (one line per account)
 */
public record CrfMapping(SchoolYear year, SchoolYear source, List<CrfLine> lines, Map<String, String> accountLines) {

	/** The kinds of accounts the CRF gathers in lines. */
	public static final List<AccountKind> KINDS = List.of(AccountKind.CHARGE, AccountKind.PRODUCT);

	public CrfMapping {
		lines = lines.stream().sorted(Comparator.comparingInt(CrfLine::order).thenComparing(CrfLine::code)).toList();
		accountLines = Map.copyOf(accountLines);
	}

	/** Whether the AD set nothing for this year or an earlier one. */
	public boolean isDefault() {
		return this.source == null;
	}

	/** The AD's lines of a kind, in order. */
	public List<CrfLine> lines(AccountKind kind) {
		return this.lines.stream().filter((line) -> line.kind() == kind).toList();
	}

	/** The code of the line an account of a kind falls in. */
	public String lineOf(String accountCode, AccountKind kind) {
		String assigned = this.accountLines.get(accountCode);
		if (assigned != null
				&& this.lines.stream().anyMatch((line) -> line.code().equals(assigned) && line.kind() == kind)) {
			return assigned;
		}
		return accountCode;
	}

	/**
	 * The lines of a kind with their accounts, in order: the AD's lines (even empty),
	 * then the default lines of the accounts that fall in none. The accounts are the
	 * chart's active ones of the kind and every code in {@code used}.
	 */
	public List<Group> groups(AccountKind kind, List<Account> chart, Set<String> used) {
		Map<String, Account> accounts = new LinkedHashMap<>();
		chart.stream().filter((account) -> account.kind() == kind).forEach((a) -> accounts.put(a.code(), a));
		Set<String> codes = new TreeSet<>(used);
		accounts.values().stream().filter(Account::active).forEach((account) -> codes.add(account.code()));
		Map<String, CrfLine> lines = new LinkedHashMap<>();
		Map<String, List<String>> members = new LinkedHashMap<>();
		for (CrfLine line : lines(kind)) {
			lines.put(line.code(), line);
			members.put(line.code(), new ArrayList<>());
		}
		for (String code : codes) {
			String lineCode = lineOf(code, kind);
			if (!lines.containsKey(lineCode)) {
				Account account = accounts.get(code);
				lines.put(lineCode,
						new CrfLine(lineCode, (account != null) ? account.label() : "", kind, Integer.MAX_VALUE));
				members.put(lineCode, new ArrayList<>());
			}
			members.get(lineCode).add(code);
		}
		return lines.values().stream().map((line) -> new Group(line, List.copyOf(members.get(line.code())))).toList();
	}

	/**
	 * The mapping as it is stored once the AD changes it: the lines (copied or default)
	 * plus the default line of every account of the chart that falls in none, and every
	 * charge and product account of the chart given its line.
	 */
	public CrfMapping materialized(List<Account> chart) {
		List<CrfLine> all = new ArrayList<>(this.lines);
		Map<String, String> accounts = new HashMap<>(this.accountLines);
		int next = this.lines.stream().mapToInt(CrfLine::order).max().orElse(0) + 1;
		for (AccountKind kind : KINDS) {
			List<Account> ofKind = chart.stream()
				.filter((account) -> account.kind() == kind)
				.sorted(Comparator.comparing(Account::code))
				.toList();
			for (Account account : ofKind) {
				String lineCode = lineOf(account.code(), kind);
				if (all.stream().noneMatch((line) -> line.code().equals(lineCode))) {
					all.add(new CrfLine(lineCode, account.label(), kind, next++));
				}
				accounts.put(account.code(), lineCode);
			}
		}
		return new CrfMapping(this.year, this.year, all, accounts);
	}

	/** A line and the codes of the accounts it gathers. */
	public record Group(CrfLine line, List<String> accountCodes) {

	}

}
