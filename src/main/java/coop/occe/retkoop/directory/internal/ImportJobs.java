package coop.occe.retkoop.directory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.directory.internal.CooperativeImport.LineResult;
import coop.occe.retkoop.directory.internal.CooperativeImport.Outcome;
import coop.occe.retkoop.identity.InitialPassword;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of cooperatives as background jobs. The uploaded file is kept with its job;
 * lines are imported one by one, each in one transaction with its result and the job's
 * progress, so that a job stopped by a restart resumes at the first line not done and
 * never imports a line twice. One node runs a given job: it holds a lease on the job,
 * renewed in every line's transaction, which another node takes over only once it ran out
 * (the node died).
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	static final Duration LEASE = Duration.ofSeconds(60);

	private final String node = UUID.randomUUID().toString();

	private final CooperativeImport importer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TaskExecutor executor;

	private final MessageSource messages;

	private final Clock clock;

	/** Leases are real time, whatever the application's clock says (tests fix it). */
	private final Clock leaseClock = Clock.systemUTC();

	/**
	 * Random initial passwords, shown once by the node that created them, never stored.
	 */
	private final Map<Long, List<InitialPassword>> passwords = new ConcurrentHashMap<>();

	ImportJobs(CooperativeImport importer, JdbcClient jdbc, TransactionTemplate transactions,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, MessageSource messages, Clock clock) {
		this.importer = importer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.executor = executor;
		this.messages = messages;
		this.clock = clock;
	}

	/** A job's state and progress. */
	public record Job(long id, String fileName, int totalLines, int doneLines, boolean finished) {

		public int percent() {
			return (this.totalLines == 0) ? 100 : (int) (100L * this.doneLines / this.totalLines);
		}

	}

	/** A line of the result page. */
	public record Line(long line, Outcome outcome, String number, String name, List<String> reasons) {

	}

	/**
	 * The job created for a file, or the problem that makes the whole file unreadable.
	 */
	public record Submitted(Long jobId, Problem fileProblem) {

	}

	/**
	 * Keeps the file and starts its import in the background; a file that cannot be read
	 * at all is refused at once.
	 */
	public Submitted submit(long associationId, String fileName, byte[] content) {
		CooperativeImport.Parsed parsed = this.importer.parse(content);
		if (parsed.fileProblem() != null) {
			return new Submitted(null, parsed.fileProblem());
		}
		int total = countRecords(parsed);
		String name = (fileName == null || fileName.isBlank())
				? this.messages.getMessage("import.defaultFileName", null, Locale.FRENCH) : fileName.strip();
		String kept = (name.length() > 255) ? name.substring(0, 255) : name;
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO directory_import_job (association_id, file_name, content, total_lines, done_records, state,
				created_at) VALUES (?, ?, ?, ?, 0, 'RUNNING', ?)""")
			.params(associationId, kept, content, total, OffsetDateTime.now(this.clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					start(id);
				}
			});
		}
		else {
			start(id);
		}
		return new Submitted(id, null);
	}

	private void start(long id) {
		this.executor.execute(() -> run(id));
	}

	/** The association's job, never another association's. */
	public Optional<Job> job(long associationId, long jobId) {
		return this.jdbc.sql("""
				SELECT j.id, j.file_name, j.total_lines, j.state,
				(SELECT COUNT(*) FROM directory_import_line l WHERE l.job_id = j.id) AS done
				FROM directory_import_job j WHERE j.id = ? AND j.association_id = ?""")
			.params(jobId, associationId)
			.query((rs, i) -> new Job(rs.getLong("id"), rs.getString("file_name"), rs.getInt("total_lines"),
					rs.getInt("done"), "DONE".equals(rs.getString("state"))))
			.optional();
	}

	/** What became of each line of the job's file, in file order. */
	public List<Line> lines(long jobId) {
		return this.jdbc.sql("""
				SELECT line_number, outcome, cooperative_number, cooperative_name, reasons
				FROM directory_import_line WHERE job_id = ? ORDER BY line_number""")
			.param(jobId)
			.query((rs, i) -> new Line(rs.getLong(1), Outcome.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), (rs.getString(5) == null) ? List.of() : List.of(rs.getString(5).split("\n"))))
			.list();
	}

	/** The random initial passwords of the job's new cooperatives, once. */
	public List<InitialPassword> takePasswords(long jobId) {
		List<InitialPassword> taken = this.passwords.remove(jobId);
		return (taken != null) ? taken : List.of();
	}

	/** Takes over the jobs whose node stopped (a restart, a crash). */
	@Scheduled(fixedDelayString = "${retkoop.import.resume-delay:10s}",
			initialDelayString = "${retkoop.import.resume-delay:10s}")
	public void resumeAbandoned() {
		List<Long> abandoned = this.jdbc.sql("""
				SELECT id FROM directory_import_job WHERE state = 'RUNNING'
				AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id""")
			.param(OffsetDateTime.now(this.leaseClock))
			.query(Long.class)
			.list();
		// On the executor: the scheduler's single thread also sends mail and cleans up.
		abandoned.forEach(this::start);
	}

	/**
	 * Runs a job to its end if this node can take it: nobody holds its lease, or the
	 * lease ran out.
	 */
	public void run(long jobId) {
		if (!claim(jobId)) {
			return;
		}
		try {
			runClaimed(jobId);
		}
		catch (LeaseLostException ex) {
			log.info("Import {} taken over by another node", jobId);
		}
		catch (RuntimeException ex) {
			log.error("Import {} stopped; it resumes later", jobId, ex);
			this.jdbc.sql(
					"UPDATE directory_import_job SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
				.params(jobId, this.node)
				.update();
		}
	}

	boolean claim(long jobId) {
		OffsetDateTime now = OffsetDateTime.now(this.leaseClock);
		return this.jdbc.sql("""
				UPDATE directory_import_job SET claimed_by = ?, claimed_until = ?
				WHERE id = ? AND state = 'RUNNING' AND (claimed_until IS NULL OR claimed_until < ?)""")
			.params(this.node, now.plus(LEASE), jobId, now)
			.update() == 1;
	}

	private void runClaimed(long jobId) {
		record Row(long associationId, byte[] content, int done) {
		}
		Row job = this.jdbc.sql("SELECT association_id, content, done_records FROM directory_import_job WHERE id = ?")
			.param(jobId)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getBytes(2), rs.getInt(3)))
			.single();
		CooperativeImport.Parsed parsed = this.importer.parse(job.content());
		Map<String, Long> numbersSeen = new HashMap<>();
		this.jdbc.sql("""
				SELECT cooperative_number, line_number FROM directory_import_line
				WHERE job_id = ? AND outcome <> 'REFUSED' ORDER BY line_number""")
			.param(jobId)
			.query((rs, i) -> numbersSeen.putIfAbsent(rs.getString(1), rs.getLong(2)))
			.list();
		Iterator<CSVRecord> records = parsed.parser().iterator();
		int index = 0;
		long lastLine = 1;
		while (true) {
			Optional<CSVRecord> record;
			try {
				record = parsed.next(records);
			}
			catch (CooperativeImport.UnreadableLineException ex) {
				int done = index;
				long unreadable = Math.max(ex.line(), lastLine + 1);
				this.transactions.executeWithoutResult((status) -> {
					advance(jobId, done);
					save(jobId, new LineResult(unreadable, Outcome.REFUSED, "", "",
							List.of(Problem.of("file", "import.unreadable")), null));
				});
				break;
			}
			if (record.isEmpty()) {
				break;
			}
			lastLine = record.get().getRecordNumber() + 1;
			if (index++ < job.done()) {
				continue;
			}
			int done = index - 1;
			LineResult result = this.transactions.execute((status) -> {
				advance(jobId, done);
				LineResult line = this.importer.importLine(job.associationId(), parsed.header(), record.get(),
						numbersSeen);
				save(jobId, line);
				return line;
			});
			if (result.password() != null) {
				this.passwords.computeIfAbsent(jobId, (id) -> new java.util.concurrent.CopyOnWriteArrayList<>())
					.add(result.password());
			}
		}
		this.jdbc.sql("""
				UPDATE directory_import_job SET state = 'DONE', finished_at = ?, claimed_by = NULL, claimed_until = NULL
				WHERE id = ? AND claimed_by = ?""").params(OffsetDateTime.now(this.clock), jobId, this.node).update();
	}

	/**
	 * Counts the line in the job's progress and renews the lease, in the line's
	 * transaction: fails if another node took the job over.
	 */
	private void advance(long jobId, int done) {
		OffsetDateTime now = OffsetDateTime.now(this.leaseClock);
		int updated = this.jdbc.sql("""
				UPDATE directory_import_job SET done_records = done_records + 1, claimed_until = ?
				WHERE id = ? AND claimed_by = ? AND done_records = ?""")
			.params(now.plus(LEASE), jobId, this.node, done)
			.update();
		if (updated != 1) {
			throw new LeaseLostException();
		}
	}

	private void save(long jobId, LineResult line) {
		String reasons = line.problems().isEmpty() ? null
				: String.join("\n", line.problems().stream().map(this::describe).toList());
		if (reasons != null && reasons.length() > 8000) {
			reasons = reasons.substring(0, 8000);
		}
		this.jdbc
			.sql("""
					INSERT INTO directory_import_line (job_id, line_number, outcome, cooperative_number, cooperative_name, reasons)
					VALUES (?, ?, ?, ?, ?, ?)""")
			.params(jobId, line.line(), line.outcome().name(), cut(line.number(), 20), cut(line.name(), 200), reasons)
			.update();
	}

	private static String cut(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	/**
	 * "IBAN : la clé de contrôle ne correspond pas…", the field's name then the reason.
	 */
	private String describe(Problem problem) {
		Locale locale = Locale.FRANCE;
		String field = this.messages.getMessage("import.field." + problem.field(), null, locale);
		String reason = this.messages.getMessage(problem.code(), problem.messageArguments(), locale);
		return this.messages.getMessage("import.problem", new Object[] { field, reason }, locale);
	}

	private static int countRecords(CooperativeImport.Parsed parsed) {
		int count = 0;
		Iterator<CSVRecord> records = parsed.parser().iterator();
		try {
			while (parsed.next(records).isPresent()) {
				count++;
			}
		}
		catch (CooperativeImport.UnreadableLineException ex) {
			count++;
		}
		return count;
	}

	private static final class LeaseLostException extends RuntimeException {

	}

}
