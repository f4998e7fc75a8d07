package coop.occe.retkoop.shared;

import java.util.List;

/**
 * What became of a command: done (with what it made, if anything), or refused with the
 * problems a user can fix. The one way every module's commands fail.
 */
public record Result<T>(T value, List<Problem> problems) {

	public Result {
		problems = List.copyOf(problems);
	}

	public static <T> Result<T> done(T value) {
		return new Result<>(value, List.of());
	}

	public static Result<Void> done() {
		return new Result<>(null, List.of());
	}

	public static <T> Result<T> refused(List<Problem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A refusal needs a problem");
		}
		return new Result<>(null, problems);
	}

	public static <T> Result<T> refused(Problem problem) {
		return refused(List.of(problem));
	}

	public boolean isDone() {
		return this.problems.isEmpty();
	}

	/**
	 * What was made; only for callers that know it was done (a refusal here is a bug).
	 */
	public T orElseThrow() {
		if (!isDone()) {
			throw new IllegalStateException("Refused: " + this.problems);
		}
		return this.value;
	}

}
