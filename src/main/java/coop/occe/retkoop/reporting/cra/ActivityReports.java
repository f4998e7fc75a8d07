package coop.occe.retkoop.reporting.cra;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.platform.Texts;
import coop.occe.retkoop.reporting.cra.CraRepository.Sheet;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compte rendu d'activité: each AD's questionnaire per school year (a copy of the
 * previous year's, or of the default, made the first time anybody opens it, so that
 * answers always refer to the AD's own questions) and each cooperative's answers: a draft
 * saved as typed, "Terminer" once complete, frozen while the CRF sent with them is with
 * the AD.
 */
@Service
public class ActivityReports {

	/** At most this many questions in a questionnaire. */
	public static final int MAX_QUESTIONS = 50;

	/** At most this many choices in a question. */
	public static final int MAX_CHOICES = 20;

	static final int MAX_LABEL = 300;

	static final int MAX_CHOICE = 120;

	static final int MAX_TEXT = 3000;

	private final CraRepository repository;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ActivityReports(CraRepository repository, AuditTrail audit, Texts texts, Clock clock,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	// ---- The AD's questionnaire

	/** The AD's questions for the school year, in order. */
	public List<Question> questionnaire(long associationId, SchoolYear year) {
		ensureQuestionnaire(associationId, year);
		return this.repository.questions(associationId, year);
	}

	/** One question of the AD's questionnaire for the year (not a removed one). */
	public Optional<Question> question(long associationId, SchoolYear year, long questionId) {
		return questionnaire(associationId, year).stream().filter((q) -> q.id() == questionId).findFirst();
	}

	/** Adds a question at the end of the questionnaire. */
	public Result<Void> addQuestion(long associationId, SchoolYear year, QuestionDraft draft) {
		List<Problem> problems = new ArrayList<>();
		List<String> choices = checked(draft, problems);
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		ensureQuestionnaire(associationId, year);
		return this.transaction.execute((status) -> {
			this.repository.lockQuestionnaire(associationId, year);
			List<Question> questions = this.repository.questions(associationId, year);
			if (questions.size() >= MAX_QUESTIONS) {
				return Result.refused(Problem.of(null, "cra.question.tooMany", MAX_QUESTIONS));
			}
			int position = questions.isEmpty() ? 1 : questions.get(questions.size() - 1).position() + 1;
			this.repository.insertQuestion(associationId, year, position, draft.kind(), draft.label().strip(), choices,
					draft.required());
			recordChange(associationId, year);
			return Result.done();
		});
	}

	/**
	 * Changes a question; the answers already given to it are kept. Empty when the
	 * question is not one of the questionnaire's.
	 */
	public Optional<Result<Void>> updateQuestion(long associationId, SchoolYear year, long questionId,
			QuestionDraft draft) {
		List<Problem> problems = new ArrayList<>();
		List<String> choices = checked(draft, problems);
		if (question(associationId, year, questionId).isEmpty()) {
			return Optional.empty();
		}
		if (!problems.isEmpty()) {
			return Optional.of(Result.refused(problems));
		}
		return Optional.of(this.transaction.execute((status) -> {
			this.repository.lockQuestionnaire(associationId, year);
			this.repository.updateQuestion(questionId, draft.kind(), draft.label().strip(), choices, draft.required());
			recordChange(associationId, year);
			return Result.done();
		}));
	}

	/**
	 * Takes a question off the questionnaire; the answers given to it are kept but no
	 * longer shown. False when the question is not one of the questionnaire's.
	 */
	public boolean removeQuestion(long associationId, SchoolYear year, long questionId) {
		if (question(associationId, year, questionId).isEmpty()) {
			return false;
		}
		this.transaction.executeWithoutResult((status) -> {
			this.repository.lockQuestionnaire(associationId, year);
			this.repository.markRemoved(questionId);
			recordChange(associationId, year);
		});
		return true;
	}

	/**
	 * Moves a question one place up ({@code up}) or down; nothing happens at either end.
	 * False when the question is not one of the questionnaire's.
	 */
	public boolean move(long associationId, SchoolYear year, long questionId, boolean up) {
		ensureQuestionnaire(associationId, year);
		return this.transaction.execute((status) -> {
			this.repository.lockQuestionnaire(associationId, year);
			List<Question> questions = this.repository.questions(associationId, year);
			int index = -1;
			for (int i = 0; i < questions.size(); i++) {
				if (questions.get(i).id() == questionId) {
					index = i;
				}
			}
			if (index < 0) {
				return false;
			}
			int other = up ? index - 1 : index + 1;
			if (other >= 0 && other < questions.size()) {
				// Positions are renumbered 1..n so that equal positions never block a
				// move.
				List<Question> ordered = new ArrayList<>(questions);
				ordered.set(index, questions.get(other));
				ordered.set(other, questions.get(index));
				for (int i = 0; i < ordered.size(); i++) {
					this.repository.setPosition(ordered.get(i).id(), i + 1);
				}
				recordChange(associationId, year);
			}
			return true;
		});
	}

	private void ensureQuestionnaire(long associationId, SchoolYear year) {
		if (this.repository.questionnaireExists(associationId, year)) {
			return;
		}
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.repository.insertQuestionnaire(associationId, year);
				List<Question> model = this.repository.questionnaireExists(associationId, year.previous())
						? this.repository.questions(associationId, year.previous()) : this.repository.defaults();
				int position = 1;
				for (Question question : model) {
					this.repository.insertQuestion(associationId, year, position++, question.kind(), question.label(),
							question.choices(), question.required());
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// Somebody else made the copy at the same moment: theirs is the one.
		}
	}

	private void recordChange(long associationId, SchoolYear year) {
		this.audit.record(AuditEvent.of("REPORTING_CRA_QUESTIONNAIRE_CHANGED", associationId, null,
				this.texts.text("cra.audit.questionnaire", year.label())));
	}

	/** The question's choices as the AD typed them, with the problems of the draft. */
	static List<String> checked(QuestionDraft draft, List<Problem> problems) {
		String label = (draft.label() != null) ? draft.label().strip() : "";
		if (label.isEmpty()) {
			problems.add(Problem.of("label", "cra.question.labelRequired"));
		}
		else if (label.length() > MAX_LABEL) {
			problems.add(Problem.of("label", "cra.question.labelTooLong", MAX_LABEL));
		}
		if (draft.kind() == null) {
			problems.add(Problem.of("kind", "cra.question.kindRequired"));
			return List.of();
		}
		if (!draft.kind().hasChoices()) {
			return List.of();
		}
		Set<String> choices = new LinkedHashSet<>();
		boolean twice = false;
		boolean tooLong = false;
		for (String line : ((draft.choices() != null) ? draft.choices() : "").split("\\R")) {
			String choice = line.strip();
			if (choice.isEmpty()) {
				continue;
			}
			tooLong |= choice.length() > MAX_CHOICE;
			twice |= !choices.add(choice);
		}
		if (choices.size() < 2) {
			problems.add(Problem.of("choices", "cra.question.choicesRequired"));
		}
		else if (choices.size() > MAX_CHOICES) {
			problems.add(Problem.of("choices", "cra.question.tooManyChoices", MAX_CHOICES, choices.size()));
		}
		else if (tooLong) {
			problems.add(Problem.of("choices", "cra.question.choiceTooLong", MAX_CHOICE));
		}
		else if (twice) {
			problems.add(Problem.of("choices", "cra.question.choiceTwice"));
		}
		return List.copyOf(choices);
	}

	// ---- A cooperative's answers

	/** The CRA of a year of a cooperative's books: the AD's questions and the answers. */
	public ActivityReport report(FiscalYear year) {
		List<Question> questions = questionnaire(year.associationId(), year.schoolYear());
		Optional<Sheet> sheet = this.repository.sheet(year.id());
		return new ActivityReport(year.id(), questions, this.repository.answers(year.id()),
				sheet.map(Sheet::answeredOn).orElse(null), sheet.map(Sheet::frozen).orElse(false));
	}

	/**
	 * Saves the answers as typed, complete or not; only an answer of the wrong type (a
	 * number that is not one, a text too long) is refused, and then nothing is saved. The
	 * CRA becomes a draft again until "Terminer".
	 * @param typed each question's values as posted (several for several choices), the
	 * values already checked against what the page offers
	 */
	public Result<Void> saveDraft(FiscalYear year, Map<Long, List<String>> typed) {
		return save(year, typed, false);
	}

	/**
	 * Saves the answers and marks the CRA answered when every required question has an
	 * answer of its type; otherwise nothing is saved.
	 */
	public Result<Void> finish(FiscalYear year, Map<Long, List<String>> typed) {
		return save(year, typed, true);
	}

	private Result<Void> save(FiscalYear year, Map<Long, List<String>> typed, boolean finishing) {
		List<Question> questions = questionnaire(year.associationId(), year.schoolYear());
		List<Problem> problems = new ArrayList<>();
		Map<Long, String> answers = answers(questions, typed, finishing, problems);
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		try {
			this.transaction.executeWithoutResult((status) -> this.repository.insertSheet(year, now));
		}
		catch (DuplicateKeyException ex) {
			// Saved before (or by a second click at the same moment): the sheet exists.
		}
		return this.transaction.execute((status) -> {
			Sheet sheet = this.repository.lockSheet(year.id());
			if (sheet.frozen()) {
				return Result.refused(Problem.of(null, "cra.frozen"));
			}
			this.repository.replaceAnswers(year.id(), questions, answers);
			this.repository.updateSheet(year.id(), finishing ? LocalDate.now(this.clock) : null, false, now);
			if (finishing) {
				this.audit.record(AuditEvent.of("REPORTING_CRA_ANSWERED", year.associationId(), year.cooperativeId(),
						this.texts.text("cra.audit.report", year.schoolYear().label())));
			}
			return Result.done();
		});
	}

	/** The answers to store, one per question with an answer, and their problems. */
	static Map<Long, String> answers(List<Question> questions, Map<Long, List<String>> typed, boolean finishing,
			List<Problem> problems) {
		Map<Long, String> answers = new HashMap<>();
		for (Question question : questions) {
			List<String> values = typed.getOrDefault(question.id(), List.of())
				.stream()
				.map((value) -> (value != null) ? value.strip() : "")
				.filter((value) -> !value.isEmpty())
				.toList();
			String answer = switch (question.kind()) {
				case TEXT -> String.join("\n", values);
				case NUMBER -> String.join("", values).replaceAll("[\\s\\u00A0\\u202F]", "");
				case YES_NO, ONE_CHOICE -> values.isEmpty() ? "" : values.get(0);
				case MANY_CHOICES -> String.join("\n", question.choices().stream().filter(values::contains).toList());
			};
			if (question.kind() == QuestionKind.TEXT && answer.length() > MAX_TEXT) {
				problems.add(Problem.of(question.field(), "cra.answer.tooLong", MAX_TEXT));
			}
			else if (question.kind() == QuestionKind.NUMBER && !answer.isEmpty() && !answer.matches("\\d{1,9}")) {
				problems.add(Problem.of(question.field(), "cra.answer.number"));
			}
			else if (finishing && question.required() && answer.isEmpty()) {
				problems.add(Problem.of(question.field(), "cra.answer.required"));
			}
			if (question.kind() == QuestionKind.NUMBER && answer.matches("\\d{1,9}")) {
				answer = String.valueOf(Long.parseLong(answer));
			}
			if (!answer.isEmpty()) {
				answers.put(question.id(), answer);
			}
		}
		return answers;
	}

	/**
	 * Makes the year's answers read only: called when the CRF is sent with them. Saving
	 * is refused until {@link #unfreeze}.
	 */
	public void freeze(FiscalYear year) {
		setFrozen(year, true, "REPORTING_CRA_FROZEN");
	}

	/** Makes the year's answers editable again: the AD unlocked the year. */
	public void unfreeze(FiscalYear year) {
		setFrozen(year, false, "REPORTING_CRA_UNFROZEN");
	}

	private void setFrozen(FiscalYear year, boolean frozen, String action) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// Called inside the sending's (or the AD's) transaction: a failed insert there
		// would mark it rollback-only (and abort it on PostgreSQL), so insert only when
		// the sheet is missing; the CRF's lock keeps two sendings apart.
		if (this.repository.sheet(year.id()).isEmpty()) {
			try {
				this.transaction.executeWithoutResult((status) -> this.repository.insertSheet(year, now));
			}
			catch (DuplicateKeyException ex) {
				// The sheet exists.
			}
		}
		this.transaction.executeWithoutResult((status) -> {
			Sheet sheet = this.repository.lockSheet(year.id());
			if (sheet.frozen() != frozen) {
				this.repository.updateSheet(year.id(), sheet.answeredOn(), frozen, now);
				this.audit.record(AuditEvent.of(action, year.associationId(), year.cooperativeId(),
						this.texts.text("cra.audit.report", year.schoolYear().label())));
			}
		});
	}

	/**
	 * The questions of the year's CRA and the answers in words, in order, for the CRF's
	 * PDF and its snapshot (an empty answer when none was given).
	 */
	public List<ActivityAnswer> answers(FiscalYear year) {
		ActivityReport report = report(year);
		return report.questions()
			.stream()
			.map((question) -> new ActivityAnswer(question.label(), inWords(question, report.answer(question))))
			.toList();
	}

	/** An answer as stored, in words. */
	String inWords(Question question, String answer) {
		if (answer.isEmpty()) {
			return "";
		}
		return switch (question.kind()) {
			case YES_NO -> switch (answer) {
				case "YES" -> this.texts.text("cra.answer.yes");
				case "NO" -> this.texts.text("cra.answer.no");
				default -> answer;
			};
			case MANY_CHOICES -> String.join(", ", answer.split("\n"));
			default -> answer;
		};
	}

	/**
	 * What remains to do before the CRA counts as answered: "Terminer" not done, or a
	 * required question without an answer (the AD may add one afterwards).
	 */
	public List<Problem> remaining(FiscalYear year) {
		ActivityReport report = report(year);
		if (!report.answered()) {
			return List.of(Problem.of(null, "yearend.activityReport.notAnswered"));
		}
		long missing = report.questions()
			.stream()
			.filter((question) -> question.required() && report.answer(question).isEmpty())
			.count();
		return (missing == 0) ? List.of() : List.of(Problem.of(null, "yearend.activityReport.missing", missing));
	}

}
