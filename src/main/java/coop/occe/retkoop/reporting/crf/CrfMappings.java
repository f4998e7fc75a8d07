package coop.occe.retkoop.reporting.crf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each AD's CRF lines per school year: what the AD set, else the last earlier year's,
 * else the default (one line per account of the chart, of the same label). The first
 * change of a year stores its lines, so that later years copy them.
 */
@Service
public class CrfMappings {

	static final int LABEL_MAX = 200;

	private final CrfMappingRepository repository;

	private final Ledger ledger;

	CrfMappings(CrfMappingRepository repository, Ledger ledger) {
		this.repository = repository;
		this.ledger = ledger;
	}

	/** The lines in force for the AD's year. */
	public CrfMapping of(long associationId, SchoolYear year) {
		List<CrfLine> lines = this.repository.lines(associationId, year);
		if (!lines.isEmpty()) {
			return new CrfMapping(year, year, lines, this.repository.accountLines(associationId, year));
		}
		return this.repository.latestBefore(associationId, year)
			.map((earlier) -> new CrfMapping(year, earlier, this.repository.lines(associationId, earlier),
					this.repository.accountLines(associationId, earlier)))
			.orElseGet(() -> new CrfMapping(year, null, List.of(), Map.of()));
	}

	/**
	 * The lines as the AD's page shows them: every account of the chart with its line,
	 * every line that may be chosen.
	 */
	public CrfMapping editable(long associationId, SchoolYear year) {
		return of(associationId, year).materialized(this.ledger.chart(associationId, year));
	}

	/** A new line at the end of the lines of its kind; its code is made up. */
	@Transactional
	public Result<String> addLine(long associationId, SchoolYear year, String label, AccountKind kind) {
		List<Problem> problems = checkLabel(label);
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		CrfMapping mapping = store(associationId, year);
		Set<String> codes = mapping.lines().stream().map(CrfLine::code).collect(Collectors.toSet());
		int n = 1;
		while (codes.contains("L" + n)) {
			n++;
		}
		String code = "L" + n;
		int order = mapping.lines().stream().mapToInt(CrfLine::order).max().orElse(0) + 1;
		this.repository.insertLine(associationId, year, new CrfLine(code, label.strip(), kind, order));
		return Result.done(code);
	}

	@Transactional
	public Result<Void> rename(long associationId, SchoolYear year, String code, String label) {
		List<Problem> problems = checkLabel(label);
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		store(associationId, year);
		this.repository.rename(associationId, year, code, label.strip());
		return Result.done();
	}

	/** Moves a line one place up or down among the lines of its kind. */
	@Transactional
	public void move(long associationId, SchoolYear year, String code, boolean up) {
		CrfMapping mapping = store(associationId, year);
		CrfLine moved = mapping.lines().stream().filter((l) -> l.code().equals(code)).findFirst().orElseThrow();
		List<CrfLine> lines = new ArrayList<>(mapping.lines(moved.kind()));
		int from = lines.indexOf(moved);
		int to = up ? from - 1 : from + 1;
		if (to < 0 || to >= lines.size()) {
			return;
		}
		lines.set(from, lines.get(to));
		lines.set(to, moved);
		for (int i = 0; i < lines.size(); i++) {
			this.repository.reorder(associationId, year, lines.get(i).code(), i + 1);
		}
	}

	/**
	 * Puts accounts in lines (account code to line code); the caller checked that each
	 * line is one of the page's lines of the account's kind.
	 */
	@Transactional
	public void assign(long associationId, SchoolYear year, Map<String, String> accountLines) {
		store(associationId, year);
		accountLines.forEach((account, line) -> this.repository.assign(associationId, year, account, line));
	}

	/** Stores the year's lines as the page shows them, if they are not yet. */
	private CrfMapping store(long associationId, SchoolYear year) {
		List<Account> chart = this.ledger.chart(associationId, year);
		CrfMapping target = of(associationId, year).materialized(chart);
		Set<String> stored = this.repository.lines(associationId, year)
			.stream()
			.map(CrfLine::code)
			.collect(Collectors.toSet());
		target.lines()
			.stream()
			.filter((line) -> !stored.contains(line.code()))
			.forEach((line) -> this.repository.insertLine(associationId, year, line));
		Map<String, String> assigned = this.repository.accountLines(associationId, year);
		target.accountLines()
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().equals(assigned.get(entry.getKey())))
			.forEach((entry) -> this.repository.assign(associationId, year, entry.getKey(), entry.getValue()));
		return target;
	}

	private static List<Problem> checkLabel(String label) {
		if (label == null || label.isBlank()) {
			return List.of(Problem.of("label", "reporting.crf.lines.labelRequired"));
		}
		if (label.strip().length() > LABEL_MAX) {
			return List.of(Problem.of("label", "reporting.crf.lines.labelTooLong", LABEL_MAX));
		}
		return List.of();
	}

}
