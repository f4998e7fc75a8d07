package coop.occe.retkoop.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.platform.Texts;
import coop.occe.retkoop.reporting.internal.YearEndSettingsRepository;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each AD decides for a school year's year end: the date by which its cooperatives
 * send their CRF (30 September after the year's end unless set) and which checks block
 * sending rather than only warn. By default every check blocks except the inventory of
 * durable goods and the proofs of subsidies: both are often completed after the AD's
 * first look, and neither changes the accounts.
 */
@Service
public class YearEndSettings {

	/** Checks that only warn unless the AD makes them block. */
	static final Set<String> WARN_BY_DEFAULT = Set.of("durablesListed", "subsidyProofs");

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final YearEndSettingsRepository repository;

	private final AuditTrail audit;

	private final Texts texts;

	private final TransactionTemplate transaction;

	YearEndSettings(YearEndSettingsRepository repository, AuditTrail audit, Texts texts,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.audit = audit;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** 30 September after the year's end. */
	public static LocalDate defaultDeadline(SchoolYear year) {
		return year.lastDay().plusDays(30);
	}

	public static boolean blocksByDefault(String checkName) {
		return !WARN_BY_DEFAULT.contains(checkName);
	}

	/** The AD's deadline for the year, or the default one. */
	public LocalDate deadline(long associationId, SchoolYear year) {
		return this.repository.deadline(associationId, year).orElseGet(() -> defaultDeadline(year));
	}

	/** Whether each of the named checks blocks sending for the AD's year. */
	public Map<String, Boolean> blocking(long associationId, SchoolYear year, List<String> checkNames) {
		Map<String, Boolean> chosen = this.repository.blocking(associationId, year);
		Map<String, Boolean> blocking = new LinkedHashMap<>();
		checkNames.forEach((name) -> blocking.put(name, chosen.getOrDefault(name, blocksByDefault(name))));
		return blocking;
	}

	/**
	 * Saves the AD's choices for the year: the deadline as typed ({@code jj/mm/aaaa},
	 * within the school year after the one closed) and whether each check blocks.
	 * Refused, with nothing saved, when the deadline cannot be read or is out of range.
	 */
	public Result<Void> save(long associationId, SchoolYear year, String typedDeadline, Map<String, Boolean> blocking) {
		LocalDate deadline;
		try {
			deadline = LocalDate.parse(typedDeadline == null ? "" : typedDeadline.strip(), TYPED);
		}
		catch (DateTimeParseException ex) {
			return Result.refused(Problem.of("deadline", "yearend.settings.deadlineUnread"));
		}
		SchoolYear after = year.next();
		if (!after.contains(deadline)) {
			return Result.refused(Problem.of("deadline", "yearend.settings.deadlineOutOfRange",
					TYPED.format(after.firstDay()), TYPED.format(after.lastDay())));
		}
		LocalDate before = deadline(associationId, year);
		Map<String, Boolean> was = blocking(associationId, year, List.copyOf(blocking.keySet()));
		this.transaction.executeWithoutResult((status) -> {
			this.repository.replace(associationId, year, deadline, blocking);
			this.audit.record(AuditEvent
				.of("YEAR_END_SETTINGS_CHANGED", associationId, null,
						this.texts.text("yearend.audit.settings", year.label()))
				.withChanges(described(before, was), described(deadline, blocking)));
		});
		return Result.done();
	}

	private Map<String, String> described(LocalDate deadline, Map<String, Boolean> blocking) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(this.texts.text("yearend.audit.deadline"), TYPED.format(deadline));
		blocking.forEach((name, blocks) -> fields.put(this.texts.text("yearend.check." + name),
				this.texts.text(blocks ? "yearend.settings.blocking" : "yearend.settings.warning")));
		return fields;
	}

}
